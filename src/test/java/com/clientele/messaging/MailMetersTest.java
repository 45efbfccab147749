package com.clientele.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.TestMailServer;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code clientele.mail} counts each delivery attempt by outcome: sent, retry, failed. */
@IntegrationTest
class MailMetersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    TestData data;
    @Autowired
    MessageService messages;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcClient jdbc;

    final GreenMail smtp = TestMailServer.server();

    @AfterEach
    void smtpServerRunsAgain() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void aFailedAttemptCountsAsRetryAndTheDeliveryAfterItAsSent() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Rhea Retry", "rhea-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "40.00", 2);
        double retries = outcome("retry");
        double sent = outcome("sent");
        smtp.stop();

        long id = data.as(provider, () -> messages.send(ref.customerId(), new NewMessage("Soon", "See you soon."))).id();
        await().atMost(PATIENCE).until(() -> attempts(id) >= 1);
        // the counter moves right after the attempt is stored
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outcome("retry") - retries).isGreaterThanOrEqualTo(1));
        smtp.start();

        await().atMost(PATIENCE).until(() -> status(id) == MessageStatus.SENT);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outcome("sent") - sent).isGreaterThanOrEqualTo(1));
    }

    @Test
    void aMessageThatCanNeverBeSentCountsAsFailed() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Nils No-Mail", null, BookingStatus.COMPLETED, "40.00", 2);
        double failed = outcome("failed");

        long id = data.as(provider, () -> messages.send(ref.customerId(), new NewMessage("Hello", "Anyone?"))).id();

        await().atMost(PATIENCE).until(() -> status(id) == MessageStatus.FAILED);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outcome("failed") - failed).isGreaterThanOrEqualTo(1));
    }

    private double outcome(String outcome) {
        return meters.get(MailDelivery.METER).tag("outcome", outcome).counter().count();
    }

    private int attempts(long id) {
        return jdbc.sql("SELECT attempts FROM customer_message WHERE id = ?").param(id).query(Integer.class).single();
    }

    private MessageStatus status(long id) {
        return MessageStatus.valueOf(jdbc.sql("SELECT status FROM customer_message WHERE id = ?").param(id)
                .query(String.class).single());
    }
}
