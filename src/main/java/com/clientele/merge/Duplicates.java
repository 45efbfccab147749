package com.clientele.merge;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The possible duplicates of the current business (SPEC 12), for owners and managers: paged and
 * sorted in SQL on {@code duplicate_pair}, and dismissed for good ("not the same person").
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class Duplicates {

    public static final int MAX_PAGE = 200;

    private static final String FROM = """
             FROM duplicate_pair p
            JOIN duplicate_subject a ON a.relation_id = p.first_id
            JOIN duplicate_subject b ON b.relation_id = p.second_id
            WHERE p.provider_id = :provider AND p.dismissed = FALSE""";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Duplicates(JdbcClient jdbc, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the pairs not dismissed. */
    public List<DuplicatePair> page(DuplicateOrder order, int offset, int limit) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "duplicates.error.page", MAX_PAGE);
        }
        return jdbc.sql("""
                SELECT p.id, p.score, p.reasons, p.found_at,
                       a.relation_id AS a_id, a.name AS a_name, a.email AS a_email, a.phone AS a_phone,
                       b.relation_id AS b_id, b.name AS b_name, b.email AS b_email, b.phone AS b_phone"""
                        + FROM + " ORDER BY " + order.sql() + " LIMIT :limit OFFSET :offset")
                .param("provider", currentUser.providerId()).param("limit", limit).param("offset", offset)
                .query(Duplicates::pair).list();
    }

    /**
     * How many pairs are not dismissed. Counted on the pairs alone, a range of one index: a pair not
     * dismissed always has both customers' keys ({@link DuplicateFinder#forget} drops the two
     * together), so the page's joins would find the same number, at ten times the cost.
     */
    public int count() {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        return jdbc.sql("SELECT COUNT(*) FROM duplicate_pair WHERE provider_id = :provider AND dismissed = FALSE")
                .param("provider", currentUser.providerId()).query(Integer.class).single();
    }

    /** "Not the same person": the pair stays hidden, whatever the two customers become. */
    @Transactional
    public void dismiss(long pairId) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        int changed = jdbc.sql("""
                UPDATE duplicate_pair SET dismissed = TRUE, dismissed_at = :now, dismissed_by = :by
                WHERE id = :id AND provider_id = :provider AND dismissed = FALSE""")
                .param("now", Sql.param(clock.instant())).param("by", currentUser.actorEmail())
                .param("id", pairId).param("provider", currentUser.providerId()).update();
        if (changed == 0) {
            throw new NotFoundException("duplicates.error.not-found");
        }
        audit.record(AuditAction.DUPLICATE_DISMISSED, "pair " + pairId, "business " + currentUser.providerId());
    }

    private static DuplicatePair pair(ResultSet rs, int row) throws SQLException {
        List<MatchReason> reasons = Arrays.stream(rs.getString("reasons").split(","))
                .flatMap(code -> MatchReason.ofCode(code).stream()).toList();
        return new DuplicatePair(rs.getLong("id"), side(rs, "a_"), side(rs, "b_"), rs.getInt("score"), reasons,
                Sql.instant(rs, "found_at"));
    }

    private static DuplicatePair.Side side(ResultSet rs, String prefix) throws SQLException {
        return new DuplicatePair.Side(rs.getLong(prefix + "id"), rs.getString(prefix + "name"),
                rs.getString(prefix + "email"), rs.getString(prefix + "phone"));
    }
}
