package com.clientele.activity;

import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship timeline. Every change to a provider's customer data records an event here, in
 * the same transaction, and announces {@link CustomerDataChanged} so open screens can refresh.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class ActivityLog {

    static final int SUMMARY_LENGTH = 300;

    private final ActivityEvents events;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ActivityLog(ActivityEvents events, JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Records an event for the current provider; joins the caller's transaction, which must exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long customerId, ActivityType type, String summary) {
        long providerId = currentUser.providerId();
        String text = summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
        events.save(new ActivityEvent(providerId, customerId, type, text, currentUser.actorName(), clock.instant()));
        publisher.publishEvent(new CustomerDataChanged(providerId));
    }

    /** The latest events of the current provider, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> recent(int limit) {
        return jdbc.sql(SELECT + " WHERE a.provider_id = :provider ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("provider", currentUser.providerId())
                .param("limit", Math.clamp(limit, 1, 100))
                .query(ActivityLog::entry)
                .list();
    }

    /** The timeline of one customer of the current provider, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> forCustomer(long customerId, int limit) {
        return jdbc.sql(SELECT + " WHERE a.provider_id = :provider AND a.customer_id = :customer"
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("provider", currentUser.providerId())
                .param("customer", customerId)
                .param("limit", Math.clamp(limit, 1, 500))
                .query(ActivityLog::entry)
                .list();
    }

    private static final String SELECT = """
            SELECT a.id, a.customer_id, pc.id AS relation_id, pc.name, a.type, a.summary, a.actor, a.occurred_at
            FROM activity_event a
            LEFT JOIN provider_customer pc ON pc.provider_id = a.provider_id AND pc.customer_id = a.customer_id
            """;

    private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
        return new ActivityEntry(rs.getLong("id"), rs.getObject("customer_id", Long.class),
                rs.getObject("relation_id", Long.class), rs.getString("name"), ActivityType.valueOf(rs.getString("type")),
                rs.getString("summary"), rs.getString("actor"), Sql.instant(rs, "occurred_at"));
    }
}
