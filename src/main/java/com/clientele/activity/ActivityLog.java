package com.clientele.activity;

import com.clientele.base.Chunks;
import com.clientele.base.Sql;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate batchJdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ActivityLog(ActivityEvents events, JdbcClient jdbc, JdbcTemplate batchJdbc, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Records an event for the current provider; joins the caller's transaction, which must exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long customerId, ActivityType type, String summary) {
        long providerId = currentUser.providerId();
        events.save(new ActivityEvent(providerId, customerId, type, shortened(summary), currentUser.actorName(),
                clock.instant()));
        publisher.publishEvent(new CustomerDataChanged(providerId));
    }

    /**
     * Records one import: {@code fileSummary} (the file and its counts) in the provider's recent
     * activity, and one event per customer (customer id → summary) in that customer's own timeline
     * only, in batches, so that an import of thousands of customers is one line of the recent
     * activity and stays cheap. Announces the change once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordImport(String fileSummary, ActivityType type, Map<Long, String> byCustomer) {
        recordInTimelines(type, byCustomer);
        long providerId = currentUser.providerId();
        jdbc.sql("INSERT INTO activity_event (provider_id, customer_id, type, summary, in_recent, actor, occurred_at)"
                        + " VALUES (:provider, NULL, :type, :summary, TRUE, :actor, :now)")
                .param("provider", providerId).param("type", ActivityType.FILE_IMPORTED.name())
                .param("summary", shortened(fileSummary)).param("actor", currentUser.actorName())
                .param("now", Sql.param(clock.instant()))
                .update();
        publisher.publishEvent(new CustomerDataChanged(providerId));
    }

    /**
     * Records one event per customer (customer id → summary) in their own timelines only, in batches:
     * what an import did to each customer, next to its {@link #recordImport} line.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordInTimelines(ActivityType type, Map<Long, String> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        long providerId = currentUser.providerId();
        String actor = currentUser.actorName();
        LocalDateTime now = Sql.param(clock.instant());
        List<Object[]> rows = summaries.entrySet().stream().map(entry -> new Object[] {providerId, entry.getKey(),
                type.name(), shortened(entry.getValue()), actor, now}).toList();
        for (List<Object[]> chunk : Chunks.of(rows)) {
            batchJdbc.batchUpdate("INSERT INTO activity_event (provider_id, customer_id, type, summary, in_recent,"
                    + " actor, occurred_at) VALUES (?, ?, ?, ?, FALSE, ?, ?)", chunk);
        }
        publisher.publishEvent(new CustomerDataChanged(providerId));
    }

    /**
     * The latest events of the current provider, newest first, without the customers' names (see
     * {@code customer.CustomerTimeline}); an import is its one line, not its customers' events.
     * One statement: no transaction needed.
     */
    public List<ActivityEntry> recent(int limit) {
        return jdbc.sql(SELECT + " WHERE a.provider_id = :provider AND a.in_recent = TRUE"
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("provider", currentUser.providerId())
                .param("limit", Math.clamp(limit, 1, 100))
                .query(ActivityLog::entry)
                .list();
    }

    /** The timeline of one customer of the current provider, newest first, without names. One statement. */
    public List<ActivityEntry> forCustomer(long customerId, int limit) {
        return jdbc.sql(SELECT + " WHERE a.provider_id = :provider AND a.customer_id = :customer"
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("provider", currentUser.providerId())
                .param("customer", customerId)
                .param("limit", Math.clamp(limit, 1, 500))
                .query(ActivityLog::entry)
                .list();
    }

    private static String shortened(String summary) {
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    private static final String SELECT =
            "SELECT a.id, a.customer_id, a.type, a.summary, a.actor, a.occurred_at FROM activity_event a";

    private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
        return new ActivityEntry(rs.getLong("id"), rs.getObject("customer_id", Long.class), null, null,
                ActivityType.valueOf(rs.getString("type")), rs.getString("summary"), rs.getString("actor"),
                Sql.instant(rs, "occurred_at"));
    }
}
