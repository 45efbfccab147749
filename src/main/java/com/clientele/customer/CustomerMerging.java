package com.clientele.customer;

import com.clientele.base.ConflictException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relation-table half of merging two customers and undoing it (SPEC 12), for the merge module,
 * inside its transaction: lock the pair, take snapshots of whole rows, write the survivor, retire
 * the merged-away relation (remembered in {@code merged_relation}) and bring it back.
 *
 * <p>A snapshot holds every stored column of a row in the database's own text form, so that an
 * undo writes back exactly what was there, whatever columns the table has by then.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerMerging {

    /** The columns a merge writes on the survivor, and an undo restores where nobody changed them since. */
    static final List<String> MERGED_COLUMNS = List.of("name", "email", "phone", "search_text", "favorite", "blocked",
            "blocked_reason", "blocked_at", "blocked_until", "notes", "flagged_reason", "flagged_at",
            "rules_exemption", "created_at");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CustomerAccess access;
    private volatile @Nullable List<String> storedColumns;

    CustomerMerging(JdbcClient jdbc, CurrentUser currentUser, Clock clock, CustomerAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Locks both relations of the current business, the lower id first (two merges of the same pair
     * take turns). A relation merged away meanwhile is a conflict; one that never was the
     * business's is not found.
     *
     * @return the customer ids, by relation id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Long> lockPair(long firstId, long secondId) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        long provider = currentUser.providerId();
        Map<Long, Long> customers = new LinkedHashMap<>();
        jdbc.sql("SELECT id, customer_id FROM provider_customer WHERE provider_id = :provider AND id IN (:ids)"
                        + " ORDER BY id FOR UPDATE")
                .param("provider", provider).param("ids", List.of(firstId, secondId))
                .query((rs, row) -> customers.put(rs.getLong("id"), rs.getLong("customer_id"))).list();
        for (long id : List.of(firstId, secondId)) {
            if (!customers.containsKey(id)) {
                if (access.mergedInto(id).isPresent()) {
                    throw new ConflictException("merge.error.merged-already");
                }
                throw new NotFoundException("customer.error.not-found");
            }
        }
        return customers;
    }

    /** Every stored column of the relation, in the database's text form (null stays null). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, @Nullable String> snapshot(long relationId) {
        String select = storedColumns().stream().map(column -> "CAST(`" + column + "` AS CHAR) AS `" + column + "`")
                .collect(Collectors.joining(", "));
        return jdbc.sql("SELECT " + select + " FROM provider_customer WHERE id = :id AND provider_id = :provider")
                .param("id", relationId).param("provider", currentUser.providerId())
                .query(CustomerMerging::row).single();
    }

    /**
     * Writes the merged fields on the survivor and retires the other relation: its row goes (its
     * bookings and the rest have moved by now) and {@code merged_relation} remembers where it went.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long survivorId, long mergedId, MergedFields fields) {
        long provider = currentUser.providerId();
        Instant now = clock.instant();
        CustomerDirectory.NormalisedContact contact = new CustomerDirectory.NormalisedContact(fields.name(),
                fields.email(), fields.phone());
        jdbc.sql("""
                UPDATE provider_customer SET name = :name, email = :email, phone = :phone, search_text = :search,
                    favorite = :favorite, blocked = :blocked, blocked_reason = :reason, blocked_at = :blockedAt,
                    blocked_until = :until, notes = :notes, flagged_reason = :flagged, flagged_at = :flaggedAt,
                    rules_exemption = :exemption, created_at = :createdAt, updated_at = :now, version = version + 1
                WHERE id = :id AND provider_id = :provider""")
                .param("name", fields.name()).param("email", fields.email()).param("phone", fields.phone())
                .param("search", contact.searchText()).param("favorite", fields.favorite())
                .param("blocked", fields.blocked()).param("reason", fields.blockedReason())
                .param("blockedAt", Sql.param(fields.blockedAt())).param("until", Sql.param(fields.blockedUntil()))
                .param("notes", fields.notes()).param("flagged", fields.flaggedReason())
                .param("flaggedAt", Sql.param(fields.flaggedAt())).param("exemption", fields.rulesExemption())
                .param("createdAt", Sql.param(fields.createdAt())).param("now", Sql.param(now))
                .param("id", survivorId).param("provider", provider)
                .update();
        long survivorCustomer = customerOf(survivorId);
        long mergedCustomer = customerOf(mergedId);
        String mergedPhone = jdbc.sql("SELECT phone FROM provider_customer WHERE id = :id").param("id", mergedId)
                .query(String.class).optional().orElse(null);
        jdbc.sql("DELETE FROM provider_customer WHERE id = :id AND provider_id = :provider")
                .param("id", mergedId).param("provider", provider).update();
        jdbc.sql("""
                INSERT INTO merged_relation (relation_id, provider_id, customer_id, into_relation_id, into_customer_id,
                    phone, merged_at)
                VALUES (:id, :provider, :customer, :into, :intoCustomer, :phone, :now)""")
                .param("id", mergedId).param("provider", provider).param("customer", mergedCustomer)
                .param("into", survivorId).param("intoCustomer", survivorCustomer).param("phone", mergedPhone)
                .param("now", Sql.param(now))
                .update();
    }

    /**
     * Brings a merged-away relation back as its snapshot holds it, and gives the survivor back each
     * merged column that still holds what the merge wrote ({@code survivorAfter}); a column changed
     * since keeps its new value.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void unmerge(Map<String, @Nullable String> mergedBefore, long survivorId,
            Map<String, @Nullable String> survivorBefore, Map<String, @Nullable String> survivorAfter) {
        long provider = currentUser.providerId();
        List<String> columns = storedColumns().stream().filter(mergedBefore::containsKey).toList();
        JdbcClient.StatementSpec insert = jdbc.sql("INSERT INTO provider_customer ("
                + columns.stream().map(column -> "`" + column + "`").collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")");
        for (String column : columns) {
            insert = insert.param(column, mergedBefore.get(column));
        }
        insert.update();
        jdbc.sql("DELETE FROM merged_relation WHERE relation_id = :id AND provider_id = :provider")
                .param("id", Long.parseLong(mergedBefore.get("id"))).param("provider", provider).update();
        String assignments = MERGED_COLUMNS.stream()
                .map(column -> "`" + column + "` = IF(CAST(`" + column + "` AS CHAR) <=> :after_" + column
                        + ", :before_" + column + ", `" + column + "`)")
                .collect(Collectors.joining(", "));
        JdbcClient.StatementSpec restore = jdbc.sql("UPDATE provider_customer SET " + assignments
                        + ", updated_at = :now, version = version + 1 WHERE id = :id AND provider_id = :provider")
                .param("now", Sql.param(clock.instant())).param("id", survivorId).param("provider", provider);
        for (String column : MERGED_COLUMNS) {
            restore = restore.param("after_" + column, survivorAfter.get(column))
                    .param("before_" + column, survivorBefore.get(column));
        }
        restore.update();
    }

    /** The relation a merged-away relation went into, following later merges to the one that exists now. */
    public Optional<Long> mergedInto(long relationId) {
        return access.mergedInto(relationId);
    }

    private long customerOf(long relationId) {
        return jdbc.sql("SELECT customer_id FROM provider_customer WHERE id = :id").param("id", relationId)
                .query(Long.class).single();
    }

    private List<String> storedColumns() {
        List<String> columns = storedColumns;
        if (columns == null) {
            columns = jdbc.sql("""
                    SELECT COLUMN_NAME FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'provider_customer' AND IS_GENERATED = 'NEVER'
                    ORDER BY ORDINAL_POSITION""").query(String.class).list();
            storedColumns = columns;
        }
        return columns;
    }

    private static Map<String, @Nullable String> row(ResultSet rs, int row) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnLabel(i), rs.getString(i));
        }
        return values;
    }
}
