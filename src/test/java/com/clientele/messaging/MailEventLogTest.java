package com.clientele.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.TestMailServer;
import com.clientele.base.events.EventLog;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first delivery of a message rides on the event publication registry: an event committed with
 * the message is delivered even when the app stops before its listener finishes, at least once, and a
 * message is never sent twice however often its event comes.
 */
@IntegrationTest
class MailEventLogTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Several retry polls (200 ms in tests): long enough for anything else to have sent the message. */
    private static final Duration QUIET = Duration.ofMillis(1_500);

    @Autowired
    TestData data;
    @Autowired
    MessageService messages;
    @Autowired
    MailListenerOutage outage;
    @Autowired
    EventLog eventLog;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    final GreenMail smtp = TestMailServer.server();

    @AfterEach
    void appRunsAgain() {
        outage.restart();
    }

    @Test
    void messageWhoseDeliveryAStopCutOffIsSentOnceAfterTheRestart() {
        TestProvider provider = data.newProvider();
        String email = "stop-" + provider.id() + "@example.com";
        long messageId = messageCutOffByAStop(provider, email);

        startAgain();

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        await().atMost(PATIENCE).until(() -> status(messageId).equals("SENT"));
        await().atMost(PATIENCE).until(() -> publication(messageId).equals("COMPLETED"));
        startAgain();
        await().during(QUIET).atMost(QUIET.multipliedBy(2)).until(() -> mailsTo(email).size() == 1);
        assertThat(attempts(messageId)).isEqualTo(1);
    }

    @Test
    void messageWhoseDeliveryFailedIsSentOnceWhenFailedPublicationsAreResubmitted() {
        TestProvider provider = data.newProvider();
        String email = "resubmit-" + provider.id() + "@example.com";
        long messageId = messageCutOffByAStop(provider, email);

        eventLog.resubmitFailed(Duration.ZERO);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
        await().atMost(PATIENCE).until(() -> publication(messageId).equals("COMPLETED"));
        eventLog.resubmitFailed(Duration.ZERO);
        await().during(QUIET).atMost(QUIET.multipliedBy(2)).until(() -> mailsTo(email).size() == 1);
        assertThat(status(messageId)).isEqualTo("SENT");
    }

    @Test
    void aSentMessageIsNotSentAgainWhenItsEventComesTwice() {
        TestProvider provider = data.newProvider();
        String email = "twice-" + provider.id() + "@example.com";
        BookingRef ref = data.book(provider, "Tessa Twice", email, BookingStatus.COMPLETED, "40.00", 2);
        long messageId = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Once", "Only once, please."))).id();
        await().atMost(PATIENCE).until(() -> status(messageId).equals("SENT"));

        transaction.executeWithoutResult(tx -> publisher.publishEvent(new MessageQueued(messageId)));

        await().atMost(PATIENCE).until(() -> publications(messageId).equals(List.of("COMPLETED", "COMPLETED")));
        await().during(QUIET).atMost(QUIET.multipliedBy(2)).until(() -> mailsTo(email).size() == 1);
        assertThat(attempts(messageId)).isEqualTo(1);
    }

    /** Stores a message while the app "stops" before delivering it; checks that nothing sent it. */
    private long messageCutOffByAStop(TestProvider provider, String email) {
        BookingRef ref = data.book(provider, "Stella Stop", email, BookingStatus.COMPLETED, "40.00", 2);
        int before = outage.interrupted();
        outage.stop();
        long messageId = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Before the stop", "Sent after all."))).id();
        await().atMost(PATIENCE).until(() -> outage.interrupted() > before);
        outage.restart();

        await().atMost(PATIENCE).until(() -> !publication(messageId).equals("PROCESSING"));
        assertThat(publication(messageId)).as("the registry keeps the unfinished delivery").isEqualTo("FAILED");
        await().during(QUIET).atMost(QUIET.multipliedBy(2)).until(() -> mailsTo(email).isEmpty());
        assertThat(status(messageId)).isEqualTo("QUEUED");
        assertThat(attempts(messageId)).as("the retry poll leaves a first attempt to the event log").isZero();
        return messageId;
    }

    /** What the app does on start: Spring Modulith resubmits the incomplete publications. */
    private void startAgain() {
        context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                SmartInitializingSingleton.class).afterSingletonsInstantiated();
    }

    private String publication(long messageId) {
        return publications(messageId).getFirst();
    }

    /** The statuses of the message's publications to the mail listener, oldest first. */
    private List<String> publications(long messageId) {
        return jdbc.sql("SELECT status FROM EVENT_PUBLICATION WHERE listener_id = :listener"
                        + " AND event_type = :type AND JSON_VALUE(serialized_event, '$.messageId') = :id"
                        + " ORDER BY publication_date")
                .param("listener", MailDelivery.LISTENER_ID)
                .param("type", MessageQueued.class.getName())
                .param("id", messageId)
                .query(String.class).list();
    }

    private String status(long messageId) {
        return jdbc.sql("SELECT status FROM customer_message WHERE id = :id").param("id", messageId)
                .query(String.class).single();
    }

    private int attempts(long messageId) {
        return jdbc.sql("SELECT attempts FROM customer_message WHERE id = :id").param("id", messageId)
                .query(Integer.class).single();
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients())
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equals(email));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
