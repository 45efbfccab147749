package com.clientele.activity;

import com.clientele.base.Chunks;
import com.clientele.base.Language;
import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship timeline. Every change to a provider's customer data records an event here, in
 * the same transaction, and announces {@link CustomerDataChanged} so open screens can refresh.
 * An event's summary is stored as its {@link ActivitySummary} (key and arguments), which screens
 * read in the member's language, and as its English text, which the REST API shows.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class ActivityLog {

    static final int SUMMARY_LENGTH = 300;
    private static final Locale ENGLISH = Language.ENGLISH.locale();

    private final ActivityEvents events;
    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;
    private final MessageSource messages;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ActivityLog(ActivityEvents events, JdbcClient jdbc, JdbcTemplate batchJdbc, CurrentUser currentUser,
            ProviderDirectory providers, MessageSource messages, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.currentUser = currentUser;
        this.providers = providers;
        this.messages = messages;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Records an event for the current provider; joins the caller's transaction, which must exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long customerId, ActivityType type, ActivitySummary summary) {
        save(currentUser.providerId(), customerId, type, summary);
    }

    /** One event in the provider's timeline, by the acting user ("system" without one), and "something changed". */
    private void save(long providerId, Long customerId, ActivityType type, ActivitySummary summary) {
        events.save(new ActivityEvent(providerId, customerId, type,
                english(summary, zoneFor(providerId, List.of(summary))), summary.key(), arguments(summary),
                currentUser.actorName(), clock.instant()));
        publisher.publishEvent(CustomerDataChanged.now(providerId));
    }

    /**
     * Records an event of the application's own work for one provider (a job, with nobody signed in:
     * the actor is "system"), announced like {@link #record(ActivitySubject, ActivityType, ActivitySummary)}.
     * Open to a caller without a user, as jobs are; no screen or endpoint may call it (the
     * authorization matrix says so).
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(long providerId, ActivitySubject subject, ActivityType type, ActivitySummary summary) {
        save(providerId, subject.customerId(), type, summary);
        publisher.publishEvent(new ActivityRecorded(providerId, type, subject, clock.instant()));
    }

    /**
     * {@link #record(Long, ActivityType, ActivitySummary)} for a change that is also announced beyond
     * the timeline: publishes {@link ActivityRecorded} with its subject, in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ActivitySubject subject, ActivityType type, ActivitySummary summary) {
        record(subject.customerId(), type, summary);
        publisher.publishEvent(new ActivityRecorded(currentUser.providerId(), type, subject, clock.instant()));
    }

    /**
     * Records one import: {@code fileSummary} (the file and its counts) in the provider's recent
     * activity, and one event per customer (customer id → summary) in that customer's own timeline
     * only, in batches, so that an import of thousands of customers is one line of the recent
     * activity and stays cheap. Announces the change once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordImport(ActivitySummary fileSummary, ActivityType type, Map<Long, ActivitySummary> byCustomer) {
        recordInTimelines(type, byCustomer);
        long providerId = currentUser.providerId();
        jdbc.sql("INSERT INTO activity_event (provider_id, customer_id, type, summary, summary_key, summary_args,"
                        + " in_recent, actor, occurred_at)"
                        + " VALUES (:provider, NULL, :type, :summary, :key, :args, TRUE, :actor, :now)")
                .param("provider", providerId).param("type", ActivityType.FILE_IMPORTED.name())
                .param("summary", english(fileSummary, zoneFor(providerId, List.of(fileSummary))))
                .param("key", fileSummary.key()).param("args", arguments(fileSummary))
                .param("actor", currentUser.actorName())
                .param("now", Sql.param(clock.instant()))
                .update();
        publisher.publishEvent(CustomerDataChanged.now(providerId));
    }

    /**
     * Records one event per customer (customer id → summary) in their own timelines only, in batches:
     * what an import did to each customer, next to its {@link #recordImport} line.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordInTimelines(ActivityType type, Map<Long, ActivitySummary> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        long providerId = currentUser.providerId();
        String actor = currentUser.actorName();
        LocalDateTime now = Sql.param(clock.instant());
        ZoneId zone = zoneFor(providerId, summaries.values());
        List<Object[]> rows = summaries.entrySet().stream().map(entry -> new Object[] {providerId, entry.getKey(),
                type.name(), english(entry.getValue(), zone), entry.getValue().key(), arguments(entry.getValue()),
                actor, now}).toList();
        for (List<Object[]> chunk : Chunks.of(rows)) {
            batchJdbc.batchUpdate("INSERT INTO activity_event (provider_id, customer_id, type, summary, summary_key,"
                    + " summary_args, in_recent, actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)", chunk);
        }
        publisher.publishEvent(CustomerDataChanged.now(providerId));
    }

    /**
     * The latest events of the current provider, newest first, without the customers' names (see
     * {@code customer.CustomerTimeline}); an import is its one line, not its customers' events.
     * A staff member reads only the events of their own customers (SPEC §10): none of the
     * business-wide ones without a customer (a file imported), which may name anyone's customers.
     * One statement: no transaction needed.
     */
    public List<ActivityEntry> recent(int limit) {
        Sql.Condition own = ownCustomers();
        // A staff member's newest events: walk the feed's index newest first and probe each event's
        // customer, stopping at the limit. As a semi-join MariaDB would start from the member's
        // customers and sort all their events instead (0.9 s on the benchmark provider).
        String hint = own.params().isEmpty() ? "" : "SET STATEMENT optimizer_switch='semijoin=off' FOR ";
        return jdbc.sql(hint + SELECT + " WHERE a.provider_id = :provider AND a.in_recent = TRUE" + own.sql()
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("provider", currentUser.providerId())
                .params(own.params())
                .param("limit", Math.clamp(limit, 1, 100))
                .query(ActivityLog::entry)
                .list();
    }

    /**
     * The timeline of one customer of the current provider, newest first, without names; empty for
     * a staff member's customer not their own. One statement.
     */
    public List<ActivityEntry> forCustomer(long customerId, int limit) {
        Sql.Condition own = ownCustomers();
        return jdbc.sql(SELECT + " WHERE a.provider_id = :provider AND a.customer_id = :customer" + own.sql()
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("provider", currentUser.providerId())
                .param("customer", customerId)
                .params(own.params())
                .param("limit", Math.clamp(limit, 1, 500))
                .query(ActivityLog::entry)
                .list();
    }

    /** For a staff member, " AND" their own customers' events only; nothing for everyone else. */
    private Sql.Condition ownCustomers() {
        return currentUser.ownCustomersOf(Capability.SEE_CUSTOMERS)
                .map(member -> {
                    Sql.Condition served = Sql.servedBy("a.provider_id", "a.customer_id", member);
                    return new Sql.Condition(" AND a.customer_id IS NOT NULL AND " + served.sql(), served.params());
                })
                .orElse(new Sql.Condition("", Map.of()));
    }

    static String shortened(String summary) {
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    /** The English text stored beside the key, for the REST API. */
    private String english(ActivitySummary summary, ZoneId zone) {
        return shortened(summary.render((key, args) -> messages.getMessage(key, args, key, ENGLISH), ENGLISH, zone));
    }

    /** The provider's time zone, read only when a summary says a date (most say none). */
    private ZoneId zoneFor(long providerId, Collection<ActivitySummary> summaries) {
        return summaries.stream().anyMatch(ActivitySummary::hasDates)
                ? providers.profile(providerId).timeZone() : ZoneOffset.UTC;
    }

    private static @Nullable String arguments(ActivitySummary summary) {
        return summary.key() == null || summary.arguments().isEmpty() ? null : SummaryJson.write(summary.arguments());
    }

    private static final String SELECT = "SELECT a.id, a.customer_id, a.type, a.summary, a.summary_key,"
            + " a.summary_args, a.actor, a.occurred_at FROM activity_event a";

    private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("summary_key");
        return new ActivityEntry(rs.getLong("id"), rs.getObject("customer_id", Long.class), null, null,
                ActivityType.valueOf(rs.getString("type")), rs.getString("summary"),
                key == null ? null : SummaryJson.read(key, rs.getString("summary_args")), rs.getString("actor"),
                Sql.instant(rs, "occurred_at"));
    }
}
