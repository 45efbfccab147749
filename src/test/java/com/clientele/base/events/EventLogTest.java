package com.clientele.base.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.activity.CustomerDataChanged;
import com.clientele.base.Sql;
import com.clientele.booking.BookingStatus;
import com.clientele.provider.AccountDisabled;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The event publication registry on MariaDB: what the app publishes is stored in EVENT_PUBLICATION,
 * read back by the registry's (Jackson 3) serializer, marked completed by each listener, and deleted
 * once older than {@code app.events.keep-completed}; nothing unfinished is ever deleted.
 */
@IntegrationTest
class EventLogTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    TestData data;
    @Autowired
    EventLog eventLog;
    @Autowired
    EventLogSettings settings;
    @Autowired
    EventSerializer serializer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeToCustomerDataIsStoredForTheLiveScreensAndCompleted() {
        TestProvider provider = data.newProvider();
        data.book(provider, "Lena Live", null, BookingStatus.COMPLETED, "30.00", 1);

        Stored stored = await().atMost(PATIENCE).until(() -> latest("activity.live-updates",
                CustomerDataChanged.class, "$.providerId", provider.id()), row -> row != null && row.completed());
        assertThat(serializer.getClass().getName()).as("Jackson 3 (tools.jackson)")
                .isEqualTo("org.springframework.modulith.events.jackson.JacksonEventSerializer");
        CustomerDataChanged read = serializer.deserialize(stored.serialized(), CustomerDataChanged.class);
        assertThat(read.providerId()).isEqualTo(provider.id());
        assertThat(read.changedAt()).as("when it changed, for the live-update lag").isNotNull()
                .isBefore(Instant.now());
    }

    @Test
    void disablingAnAccountIsStoredForTheSessionsAndCompleted() {
        TestProvider provider = data.newProvider();
        long accountId = data.accountId(provider.email());
        data.setEnabled(provider.email(), false);

        Stored stored = await().atMost(PATIENCE).until(() -> latest("security.sessions-end-on-disable",
                AccountDisabled.class, "$.accountId", accountId), row -> row != null && row.completed());
        assertThat(serializer.deserialize(stored.serialized(), AccountDisabled.class))
                .isEqualTo(new AccountDisabled(accountId));
    }

    @Test
    void completedPublicationsAreDeletedOnceOlderThanTheRetentionAndUnfinishedOnesAreKept() {
        Instant now = Instant.now();
        Duration keep = settings.keepCompleted();
        UUID oldCompleted = insert(now.minus(keep).minus(Duration.ofDays(2)), now.minus(keep).minusSeconds(60),
                "COMPLETED");
        UUID recentCompleted = insert(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), "COMPLETED");
        UUID oldUnfinished = insert(now.minus(keep).minus(Duration.ofDays(30)), null, "FAILED");
        try {
            eventLog.deleteOldCompleted();

            assertThat(exists(oldCompleted)).as("completed before the retention").isFalse();
            assertThat(exists(recentCompleted)).as("completed within the retention").isTrue();
            assertThat(exists(oldUnfinished)).as("never completed: still to be delivered").isTrue();
        } finally {
            jdbc.sql("DELETE FROM EVENT_PUBLICATION WHERE id IN (:ids)")
                    .param("ids", List.of(oldCompleted.toString(), recentCompleted.toString(),
                            oldUnfinished.toString()))
                    .update();
        }
    }

    /** A publication of a change no provider has (id -1), so resubmitting it would touch nothing. */
    private UUID insert(Instant published, Instant completed, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO EVENT_PUBLICATION (id, listener_id, event_type, serialized_event, publication_date,"
                        + " completion_date, status, completion_attempts) VALUES (:id, 'activity.live-updates', :type,"
                        + " '{\"providerId\":-1}', :published, :completed, :status, 0)")
                .param("id", id.toString())
                .param("type", CustomerDataChanged.class.getName())
                .param("published", Sql.param(published))
                .param("completed", Sql.param(completed))
                .param("status", status)
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE id = :id").param("id", id.toString())
                .query(Integer.class).single() == 1;
    }

    private Stored latest(String listener, Class<?> type, String path, long value) {
        return jdbc.sql("SELECT serialized_event, status, completion_date FROM EVENT_PUBLICATION"
                        + " WHERE listener_id = :listener AND event_type = :type AND JSON_VALUE(serialized_event, '"
                        + path + "') = :value ORDER BY publication_date DESC LIMIT 1")
                .param("listener", listener)
                .param("type", type.getName())
                .param("value", value)
                .query((rs, row) -> new Stored(rs.getString("serialized_event"), rs.getString("status"),
                        rs.getObject("completion_date") != null))
                .optional().orElse(null);
    }

    private record Stored(String serialized, String status, boolean hasCompletionDate) {

        boolean completed() {
            return "COMPLETED".equals(status) && hasCompletionDate;
        }
    }
}
