package com.clientele.customer;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivitySubject;
import com.clientele.activity.ActivitySummary;
import com.clientele.activity.ActivityType;
import com.clientele.base.Sql;
import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out what a no-show rule decided (booking.NoShowRules), in the transaction that recorded the
 * no-show or late cancellation, on a relation that transaction holds locked. Nothing happens to a
 * customer exempt from the rules, a block leaves a customer already blocked as they are (a
 * provider's own block and reason stay), and a flag is raised once. Each outcome is a timeline event
 * by the member who recorded the booking's outcome, heard by live screens and webhooks
 * ({@code customer.blocked}, {@code customer.updated} for a flag). Internal: no screen or endpoint
 * reaches it.
 */
@Component
public class RuleOutcomes {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ActivityLog activityLog;
    private final Clock clock;

    RuleOutcomes(JdbcClient jdbc, CurrentUser currentUser, ActivityLog activityLog, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    private record Standing(long relationId, boolean blocked, boolean flagged, boolean exempt) {
    }

    /** @return whether the decision changed the customer */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean apply(long customerId, RuleDecision decision) {
        long providerId = currentUser.providerId();
        Optional<Standing> found = jdbc.sql("SELECT id, blocked, flagged_reason IS NOT NULL AS flagged,"
                        + " rules_exemption IS NOT NULL AS exempt FROM provider_customer"
                        + " WHERE provider_id = :provider AND customer_id = :customer FOR UPDATE")
                .param("provider", providerId).param("customer", customerId)
                .query((rs, row) -> new Standing(rs.getLong("id"), rs.getBoolean("blocked"), rs.getBoolean("flagged"),
                        rs.getBoolean("exempt")))
                .optional();
        if (found.isEmpty() || found.get().exempt() || found.get().blocked()
                || (!decision.block() && found.get().flagged())) {
            return false;
        }
        Standing relation = found.get();
        Instant now = clock.instant();
        ActivitySubject subject = ActivitySubject.customer(customerId, relation.relationId());
        if (decision.block()) {
            jdbc.sql("UPDATE provider_customer SET blocked = TRUE, blocked_reason = :reason, blocked_at = :now,"
                            + " blocked_until = :until, updated_at = :now, version = version + 1 WHERE id = :id")
                    .param("reason", decision.reason()).param("now", Sql.param(now))
                    .param("until", Sql.param(decision.until())).param("id", relation.relationId()).update();
            activityLog.record(subject, ActivityType.BLOCKED,
                    CustomerService.blockSummary(decision.reason(), decision.until()));
        } else {
            jdbc.sql("UPDATE provider_customer SET flagged_reason = :reason, flagged_at = :now, updated_at = :now,"
                            + " version = version + 1 WHERE id = :id")
                    .param("reason", decision.reason()).param("now", Sql.param(now))
                    .param("id", relation.relationId()).update();
            activityLog.record(subject, ActivityType.FLAGGED, ActivitySummary.asWritten(decision.reason()));
        }
        return true;
    }
}
