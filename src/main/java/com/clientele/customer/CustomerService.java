package com.clientele.customer;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivitySubject;
import com.clientele.activity.ActivitySummary;
import com.clientele.activity.ActivityType;
import com.clientele.base.ConflictException;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.ProviderProfile;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.provider.TeamRole.Scope;
import com.clientele.security.CurrentUser;
import jakarta.persistence.OptimisticLockException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a provider does with their customers: find and page through them, look one up, favourite,
 * block, keep notes. Paging, sorting and filtering run in SQL on the relation table.
 *
 * <p>The reads are single statements and run without a transaction: each is consistent on its own,
 * and a read-only transaction would add four round trips to the database (autocommit off,
 * read-only, commit, reset), more than a page of customers takes to read.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerService {

    /** The longest private notes a provider keeps on a customer (SPEC 2). */
    public static final int NOTES_MAX = 10_000;
    /** The longest reason for a block. */
    public static final int BLOCK_REASON_MAX = 500;

    private final ProviderCustomerRepository relations;
    private final ProviderDirectory providers;
    private final ActivityLog activityLog;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final CustomerAccess access;

    CustomerService(ProviderCustomerRepository relations, ProviderDirectory providers, ActivityLog activityLog, CurrentUser currentUser,
            JdbcClient jdbc, Clock clock, TransactionTemplate transactions, CustomerAccess access) {
        this.transactions = transactions;
        this.access = access;
        this.relations = relations;
        this.providers = providers;
        this.activityLog = activityLog;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One page of the current provider's customers, in a stable order, {@code offset} rows from the
     * top. The cost grows with the offset (a forward scan of a covering index, about 0.15 µs a row);
     * to page on from a row already shown, {@link #listAfter} costs the same at any depth.
     */
    public List<CustomerRow> list(CustomerFilter filter, CustomerOrder order, int offset, int limit) {
        return page(filter, order, null, offset, limit);
    }

    /**
     * The page that follows a row of the same list (keyset paging): {@code skip} rows after
     * {@code after}, then {@code limit} rows. It seeks to the row in the index instead of counting
     * the rows above it, so it costs the same at row 40,000 as at row 50.
     */
    public List<CustomerRow> listAfter(CustomerFilter filter, CustomerOrder order, CustomerRow after, int skip,
            int limit) {
        return page(filter, order, after, skip, limit);
    }

    private List<CustomerRow> page(CustomerFilter filter, CustomerOrder order, CustomerRow after, int offset,
            int limit) {
        CustomerListSql.Where where = where(filter);
        String condition = where.sql();
        Map<String, Object> params = new HashMap<>(where.params());
        if (after != null) {
            Sql.Condition seek = CustomerListSql.after(order, after);
            condition += " AND " + seek.sql();
            params.putAll(seek.params());
        }
        // Deferred join: the page's ids come from a covering index, only those rows are read in full.
        return jdbc.sql("SELECT " + CustomerListSql.ROW_COLUMNS + " FROM provider_customer pc JOIN (SELECT pc.id FROM"
                        + CustomerListSql.table(filter, order) + condition + " ORDER BY " + order.sql()
                        + " LIMIT :limit OFFSET :offset) page ON page.id = pc.id ORDER BY " + order.sql())
                .params(params)
                .param("limit", Math.clamp(limit, 1, MAX_PAGE))
                .param("offset", Math.max(0, offset))
                .query(CustomerService::row)
                .list();
    }

    /**
     * One page of the current provider's customers with every figure and the notes, for the API.
     * Same filter, order, paging and indexes as {@link #list}.
     */
    public List<CustomerDetails> listDetails(CustomerFilter filter, CustomerOrder order, int offset, int limit) {
        CustomerListSql.Where where = where(filter);
        return jdbc.sql(DETAILS + " JOIN (SELECT pc.id FROM" + CustomerListSql.table(filter, order) + where.sql()
                        + " ORDER BY " + order.sql() + " LIMIT :limit OFFSET :offset) page ON page.id = pc.id ORDER BY "
                        + order.sql())
                .params(where.params())
                .param("limit", Math.clamp(limit, 1, MAX_PAGE))
                .param("offset", Math.max(0, offset))
                .query(CustomerService::details)
                .list().stream().map(this::readable).toList();
    }

    public int count(CustomerFilter filter) {
        CustomerListSql.Where count = CustomerListSql.count(currentUser.providerId(), filter, access.servedBy(filter));
        return jdbc.sql(count.sql())
                .params(count.params())
                .query(Integer.class)
                .single();
    }

    /** The current provider's time zone, currency and country, for showing figures. */
    public ProviderProfile profile() {
        return providers.profile(currentUser.providerId());
    }

    /** What the current member's role lets them do with customers, for screens to offer only that. */
    public CustomerPermissions permissions() {
        return new CustomerPermissions(currentUser.scope(Capability.NOTES) != Scope.NONE,
                currentUser.scope(Capability.FAVOURITE_AND_MESSAGE) != Scope.NONE,
                currentUser.scope(Capability.BLOCK) != Scope.NONE,
                currentUser.scope(Capability.EXPORT_AND_IMPORT) != Scope.NONE);
    }

    /**
     * One customer with every figure; the notes only for a role that may read them (front desk
     * gets none). A staff member's customer not their own is not found, like another business's.
     */
    public CustomerDetails details(long relationId) {
        access.requireRelation(relationId, Capability.SEE_CUSTOMERS);
        return jdbc.sql(DETAILS + " WHERE pc.id = :id AND pc.provider_id = :provider")
                .param("id", relationId)
                .param("provider", currentUser.providerId())
                .query(CustomerService::details)
                .optional()
                .map(this::readable)
                .orElseThrow(() -> access.notFound(relationId));
    }

    private CustomerDetails readable(CustomerDetails details) {
        return currentUser.scope(Capability.NOTES) == Scope.NONE ? details.withoutNotes() : details;
    }

    private CustomerListSql.Where where(CustomerFilter filter) {
        return CustomerListSql.where(currentUser.providerId(), filter, access.servedBy(filter));
    }

    @Transactional
    public CustomerDetails setFavorite(long relationId, boolean favorite) {
        ProviderCustomer relation = find(relationId, Capability.FAVOURITE_AND_MESSAGE);
        if (relation.isFavorite() != favorite) {
            relation.setFavorite(favorite, clock.instant());
            // The entry's title ("Marked as favourite") and the customer's name say it all.
            activityLog.record(subject(relation), favorite ? ActivityType.FAVORITED : ActivityType.UNFAVORITED,
                    ActivitySummary.NONE);
        }
        return saved(relation);
    }

    @Transactional
    public CustomerDetails block(long relationId, String reason) {
        return block(relationId, reason, null);
    }

    /**
     * Blocks the customer with a reason, until lifted or, with {@code until}, until then: at that
     * instant {@link BlockExpiry} lifts it (SPEC 11). Blocking a blocked customer again changes the
     * reason and the end.
     */
    @Transactional
    public CustomerDetails block(long relationId, String reason, @Nullable Instant until) {
        // the role first: a role that may not block learns nothing from the reason's rules
        currentUser.require(Capability.BLOCK);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("blocked_reason", "customer.error.block.reason.required");
        }
        if (text.length() > BLOCK_REASON_MAX) {
            throw new InvalidInputException("blocked_reason", "error.text.too-long", BLOCK_REASON_MAX);
        }
        InputValidator.requireStorable("blocked_reason", text);
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            throw new InvalidInputException("blocked_until", "customer.error.block.until.past");
        }
        if (until != null && until.isAfter(now.plus(BLOCK_LONGEST))) {
            throw new InvalidInputException("blocked_until", "customer.error.block.until.too-far",
                    BLOCK_LONGEST.toDays() / 365);
        }
        ProviderCustomer relation = find(relationId, Capability.BLOCK);
        Instant end = until == null ? null : until.truncatedTo(ChronoUnit.MICROS);
        if (!relation.isBlocked() || !text.equals(relation.getBlockedReason())
                || !Objects.equals(end, relation.getBlockedUntil())) {
            relation.block(text, end, now);
            activityLog.record(subject(relation), ActivityType.BLOCKED, blockSummary(text, end));
        }
        return saved(relation);
    }

    /** What the timeline says of a block: its reason, and its end if it has one. */
    static ActivitySummary blockSummary(String reason, @Nullable Instant until) {
        return until == null ? ActivitySummary.asWritten(reason)
                : ActivitySummary.of("activity.blocked.until", ActivitySummary.text(reason), ActivitySummary.dateTime(until));
    }

    /** The furthest end a block may have; a longer one is a block until lifted. */
    public static final Duration BLOCK_LONGEST = Duration.ofDays(5 * 365);

    @Transactional
    public CustomerDetails unblock(long relationId) {
        ProviderCustomer relation = find(relationId, Capability.BLOCK);
        if (relation.isBlocked()) {
            relation.unblock(clock.instant());
            activityLog.record(subject(relation), ActivityType.UNBLOCKED, ActivitySummary.NONE);
        }
        return saved(relation);
    }

    /**
     * Exempts the customer from the no-show rules (SPEC 11) with a reason, or changes the reason: no
     * rule flags or blocks them while it lasts. Owners and managers, like blocking.
     */
    @Transactional
    public CustomerDetails exemptFromRules(long relationId, String reason) {
        currentUser.require(Capability.BLOCK);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "customer.error.exemption.reason.required");
        }
        if (text.length() > BLOCK_REASON_MAX) {
            throw new InvalidInputException("reason", "error.text.too-long", BLOCK_REASON_MAX);
        }
        InputValidator.requireStorable("reason", text);
        ProviderCustomer relation = find(relationId, Capability.BLOCK);
        if (!text.equals(relation.getRulesExemption())) {
            relation.setRulesExemption(text, clock.instant());
            activityLog.record(subject(relation), ActivityType.EXEMPTED, ActivitySummary.asWritten(text));
        }
        return saved(relation);
    }

    /** Ends an exemption from the no-show rules; the rules apply again from the next no-show on. */
    @Transactional
    public CustomerDetails endExemption(long relationId) {
        ProviderCustomer relation = find(relationId, Capability.BLOCK);
        if (relation.getRulesExemption() != null) {
            relation.setRulesExemption(null, clock.instant());
            activityLog.record(subject(relation), ActivityType.EXEMPTION_ENDED, ActivitySummary.NONE);
        }
        return saved(relation);
    }

    /** Clears the flag a no-show rule raised; the rule may raise it again at a later no-show. */
    @Transactional
    public CustomerDetails clearFlag(long relationId) {
        ProviderCustomer relation = find(relationId, Capability.BLOCK);
        if (relation.getFlaggedReason() != null) {
            relation.clearFlag(clock.instant());
            activityLog.record(subject(relation), ActivityType.FLAG_CLEARED, ActivitySummary.NONE);
        }
        return saved(relation);
    }

    /**
     * Flips the favourite mark. The version read (or the caller's {@code expectedVersion}) guards the
     * flip: a concurrent change makes it a conflict, never a flip the wrong way round.
     */
    @Transactional
    public CustomerDetails toggleFavorite(long relationId, @Nullable Long expectedVersion) {
        ProviderCustomer relation = find(relationId, Capability.FAVOURITE_AND_MESSAGE);
        return update(relationId, new CustomerUpdate(!relation.isFavorite(), null, null, false, null,
                expectedVersion != null ? expectedVersion : relation.getVersion()));
    }

    /**
     * Blocks the customer (a reason is required) or unblocks a blocked one (no reason may be given),
     * guarded by the version like {@link #toggleFavorite}.
     */
    @Transactional
    public CustomerDetails toggleBlock(long relationId, @Nullable String reason, @Nullable Long expectedVersion) {
        return toggleBlock(relationId, reason, null, expectedVersion);
    }

    /** {@link #toggleBlock(long, String, Long)} where a block made may end by itself at {@code until}. */
    @Transactional
    public CustomerDetails toggleBlock(long relationId, @Nullable String reason, @Nullable Instant until,
            @Nullable Long expectedVersion) {
        ProviderCustomer relation = find(relationId, Capability.BLOCK);
        if (relation.isBlocked() && reason != null && !reason.isBlank()) {
            throw new InvalidInputException("blocked_reason", "customer.error.unblock.no-reason");
        }
        if (relation.isBlocked() && until != null) {
            throw new InvalidInputException("blocked_until", "customer.error.block.until.only-when-blocking");
        }
        return update(relationId, new CustomerUpdate(null, !relation.isBlocked(),
                relation.isBlocked() ? null : reason, until, false, null,
                expectedVersion != null ? expectedVersion : relation.getVersion()));
    }

    /**
     * Replaces the private notes, but only if nobody changed this customer since the caller read
     * {@code expectedVersion}; otherwise nothing is written and a conflict is reported.
     */
    @Transactional
    public CustomerDetails updateNotes(long relationId, String notes, long expectedVersion) {
        currentUser.require(Capability.NOTES);
        String text = notes == null || notes.isBlank() ? null : notes;
        if (text != null && text.length() > NOTES_MAX) {
            throw new InvalidInputException("notes", "customer.error.notes.too-long", NOTES_MAX, text.length());
        }
        InputValidator.requireStorable("notes", text);
        ProviderCustomer relation = find(relationId, Capability.NOTES);
        if (relation.getVersion() != expectedVersion) {
            throw changedElsewhere();
        }
        if (!Objects.equals(relation.getNotes(), text)) {
            relation.setNotes(text, clock.instant());
            activityLog.record(subject(relation), ActivityType.NOTE_CHANGED,
                    text == null ? ActivitySummary.of("activity.notes.cleared") : ActivitySummary.NONE);
        }
        return saved(relation);
    }

    /**
     * Applies favourite, block and notes changes in one transaction: if any part is refused, nothing
     * is written. Each part follows the same rules as {@link #setFavorite}, {@link #block},
     * {@link #unblock} and {@link #updateNotes}. A block reason is only accepted while blocking.
     *
     * <p>With an expected version (the API's If-Match) a change made meanwhile is a conflict. Without
     * one, the change applies to whatever is current: the row is read with a lock, so concurrent
     * unconditional writers take turns, and should a writer that did not lock (a toggle) still get
     * in between, the whole change is tried again on the new state, each try in a transaction of
     * its own, up to {@value #UNCONDITIONAL_ATTEMPTS} times.
     */
    public CustomerDetails update(long relationId, CustomerUpdate update) {
        requireParts(update);
        if (update.expectedVersion() != null) {
            return transactions.execute(status -> applyUpdate(relationId, update));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> applyUpdate(relationId, update));
            } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
                if (attempt >= UNCONDITIONAL_ATTEMPTS) {
                    throw e instanceof ConflictException conflict ? conflict : changedElsewhere();
                }
            }
        }
    }

    static final int UNCONDITIONAL_ATTEMPTS = 5;

    /**
     * Refuses a change with a part the role may not make at all, before the customer is looked up:
     * a role that may not write notes hears so for any customer id, its own business's or not.
     */
    private void requireParts(CustomerUpdate update) {
        if (update.blocked() != null || update.blockedReason() != null || update.blockedUntil() != null) {
            currentUser.require(Capability.BLOCK);
        }
        if (update.favorite() != null) {
            currentUser.require(Capability.FAVOURITE_AND_MESSAGE);
        }
        if (update.replaceNotes()) {
            currentUser.require(Capability.NOTES);
        }
    }

    private CustomerDetails applyUpdate(long relationId, CustomerUpdate update) {
        ProviderCustomer relation = update.expectedVersion() == null
                ? lockedFind(relationId)
                : find(relationId, Capability.SEE_CUSTOMERS);
        if (update.expectedVersion() != null && relation.getVersion() != update.expectedVersion()) {
            throw changedElsewhere();
        }
        if (update.blockedReason() != null && !Boolean.TRUE.equals(update.blocked())
                && !(Boolean.FALSE.equals(update.blocked()) && update.blockedReason().isBlank())) {
            throw new InvalidInputException("blocked_reason", "customer.error.block.reason.only-when-blocking");
        }
        // Calls on this instance join this transaction, so a refused part rolls back the parts before it.
        if (update.blockedUntil() != null && !Boolean.TRUE.equals(update.blocked())) {
            throw new InvalidInputException("blocked_until", "customer.error.block.until.only-when-blocking");
        }
        if (Boolean.TRUE.equals(update.blocked())) {
            block(relationId, update.blockedReason(), update.blockedUntil());
        } else if (Boolean.FALSE.equals(update.blocked())) {
            unblock(relationId);
        }
        if (update.favorite() != null) {
            setFavorite(relationId, update.favorite());
        }
        if (update.replaceNotes()) {
            updateNotes(relationId, update.notes(), relation.getVersion());
        }
        return details(relationId);
    }

    /**
     * The one lookup of a relation every change goes through: refused when the role may not do
     * this at all, not found when it is another business's or not a staff member's own customer.
     */
    private ProviderCustomer find(long relationId, Capability capability) {
        access.requireRelation(relationId, capability);
        return relations.findByIdAndProviderId(relationId, currentUser.providerId())
                .orElseThrow(() -> access.notFound(relationId));
    }

    /** {@link #find} with the row locked until the transaction ends. */
    private ProviderCustomer lockedFind(long relationId) {
        access.requireRelation(relationId, Capability.SEE_CUSTOMERS);
        return relations.findLockedByIdAndProviderId(relationId, currentUser.providerId())
                .orElseThrow(() -> access.notFound(relationId));
    }

    private CustomerDetails saved(ProviderCustomer relation) {
        try {
            relations.saveAndFlush(relation);
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException e) {
            throw changedElsewhere();
        }
        return details(relation.getId());
    }

    private static ConflictException changedElsewhere() {
        return new ConflictException("customer.error.changed-elsewhere");
    }

    private static final int MAX_PAGE = 500;

    private static CustomerRow row(ResultSet rs, int row) throws SQLException {
        return new CustomerRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), CustomerStatus.valueOf(rs.getString("status")), rs.getBoolean("favorite"),
                rs.getBoolean("blocked"), rs.getString("blocked_reason"), rs.getInt("total_bookings"),
                rs.getBigDecimal("total_spent"), rs.getBigDecimal("average_rating"), Sql.instant(rs, "last_booking_at"),
                Sql.instant(rs, "next_booking_at"), Reliability.of(rs), rs.getString("flagged_reason"));
    }

    private static final String DETAILS = """
            SELECT pc.id, pc.customer_id, pc.name, pc.email, pc.phone, pc.status, pc.favorite, pc.blocked,
                   pc.blocked_reason, pc.blocked_at, pc.blocked_until, pc.notes, pc.total_bookings, pc.completed_bookings,
                   pc.cancelled_count, pc.no_show_count, pc.attended_recent, pc.no_show_recent, pc.late_cancellation_count, pc.total_spent, pc.average_rating, pc.rating_count,
                   pc.first_booking_at, pc.last_booking_at, pc.next_booking_at, pc.created_at, pc.version,
                   pc.flagged_reason, pc.flagged_at, pc.rules_exemption
            FROM provider_customer pc""";

    private static CustomerDetails details(ResultSet rs, int row) throws SQLException {
        return new CustomerDetails(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"),
                rs.getString("email"), rs.getString("phone"), CustomerStatus.valueOf(rs.getString("status")),
                rs.getBoolean("favorite"), rs.getBoolean("blocked"), rs.getString("blocked_reason"),
                Sql.instant(rs, "blocked_at"), Sql.instant(rs, "blocked_until"), rs.getString("notes"),
                rs.getInt("total_bookings"), rs.getInt("completed_bookings"), rs.getInt("cancelled_count"),
                rs.getInt("no_show_count"), Reliability.of(rs),
                rs.getBigDecimal("total_spent"), rs.getBigDecimal("average_rating"), rs.getInt("rating_count"),
                Sql.instant(rs, "first_booking_at"), Sql.instant(rs, "last_booking_at"), Sql.instant(rs, "next_booking_at"),
                Sql.instant(rs, "created_at"),
                rs.getLong("version"), new RuleStanding(rs.getString("flagged_reason"), Sql.instant(rs, "flagged_at"),
                        rs.getString("rules_exemption")));
    }

    /** What the webhooks announce a change of this relation as (customer.* events). */
    private static ActivitySubject subject(ProviderCustomer relation) {
        return ActivitySubject.customer(relation.getCustomerId(), relation.getId());
    }
}
