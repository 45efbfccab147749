package com.clientele.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.TestMailServer;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.provider.AccountPreferences;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** Messages reach the customer's inbox through a real SMTP server (GreenMail), or end FAILED with the reason. */
@IntegrationTest
class MailDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofSeconds(30);

    @Autowired
    TestData data;
    @Autowired
    MessageService messages;
    @Autowired
    BookingService bookings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountPreferences preferences;

    final GreenMail smtp = TestMailServer.server();

    @AfterEach
    void smtpServerRunsAgain() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void messageIsDeliveredByEmailAfterItIsStored() throws Exception {
        TestProvider provider = data.newProvider();
        String email = "zoe-" + provider.id() + "@example.com";
        BookingRef ref = data.book(provider, "Zoë Ångström", email, BookingStatus.COMPLETED, "40.00", 2);

        MessageSummary sent = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Your next visit", "Hello Zoë,\nsee you on Friday at 10:00.\n— Glow")));

        assertThat(data.as(provider, messages::isEmailConfigured)).isTrue();
        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Your next visit");
        assertThat(GreenMailUtil.getBody(mail)).contains("see you on Friday at 10:00.");
        assertThat(text(mail)).contains("Hello Zoë", "— Glow")
                .as("below the provider's text, in English when the member chose no language")
                .endsWith("— Glow\n\n-- \nSent by " + from(mail) + " via Clientele.\nYour reply to this e-mail goes"
                        + " straight to " + from(mail) + ".");
        InternetAddress to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(email);
        assertThat(to.getPersonal()).isEqualTo("Zoë Ångström");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(TestMailServer.FROM);
        assertThat(from.getPersonal()).startsWith("Test business");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo(provider.email());
        await().atMost(PATIENCE).until(() -> status(sent.id()).status() == MessageStatus.SENT);
        Stored stored = status(sent.id());
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
        assertThat(data.as(provider, () -> messages.forCustomer(ref.customerId())))
                .singleElement().extracting(MessageSummary::status).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void aMessageFromAGermanSpeakingMemberArrivesWithTheFixedTextsInGerman() throws Exception {
        TestProvider provider = data.newProvider();
        String email = "greta-" + provider.id() + "@example.com";
        BookingRef ref = data.book(provider, "Greta Grün", email, BookingStatus.COMPLETED, "40.00", 2);
        data.as(provider, () -> preferences.changeOwnLanguage(Language.GERMAN));

        data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Ihr nächster Termin", "Hallo Greta,\nbis Freitag um 10:00 Uhr.")));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).as("the provider's own words, as written").isEqualTo("Ihr nächster Termin");
        assertThat(text(mail)).isEqualTo("Hallo Greta,\nbis Freitag um 10:00 Uhr.\n\n-- \n"
                + "Gesendet von " + from(mail) + " über Clientele.\n"
                + "Ihre Antwort auf diese E-Mail geht direkt an " + from(mail) + ".");
    }

    @Test
    void aRetryLaterKeepsTheLanguageTheMemberWroteIn() throws Exception {
        TestProvider provider = data.newProvider();
        String email = "gert-" + provider.id() + "@example.com";
        BookingRef ref = data.book(provider, "Gert Später", email, BookingStatus.COMPLETED, "40.00", 2);
        data.as(provider, () -> preferences.changeOwnLanguage(Language.GERMAN));
        smtp.stop();

        MessageSummary sent = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Erinnerung", "Bis morgen.")));
        await().atMost(PATIENCE).until(() -> status(sent.id()).attempts() >= 1);
        data.as(provider, () -> preferences.changeOwnLanguage(Language.FRENCH));
        smtp.start();

        await().atMost(PATIENCE).until(() -> status(sent.id()).status() == MessageStatus.SENT);
        assertThat(text(awaitMailTo(email))).contains("Gesendet von", "Ihre Antwort")
                .doesNotContain("Envoyé par");
    }

    @Test
    void failingSmtpServerEndsInFailedAfterTheRetriesWithNothingLost() {
        TestProvider provider = data.newProvider();
        String email = "fay-" + provider.id() + "@example.com";
        BookingRef ref = data.book(provider, "Fay Fail", email, BookingStatus.COMPLETED, "40.00", 2);
        smtp.stop();

        MessageSummary sent = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Invoice", "Your invoice is attached below.")));

        await().atMost(PATIENCE).until(() -> status(sent.id()).status() == MessageStatus.FAILED);
        Stored failed = status(sent.id());
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.failureReason()).startsWith("Attempt 3 of 3 failed:").containsIgnoringCase("connect");
        assertThat(failed.nextAttemptAt()).as("no more attempts").isNull();
        assertThat(data.as(provider, () -> messages.forCustomer(ref.customerId()))).singleElement()
                .satisfies(message -> {
                    assertThat(message.subject()).isEqualTo("Invoice");
                    assertThat(message.body()).isEqualTo("Your invoice is attached below.");
                    assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
                    assertThat(message.failureReason()).contains("Attempt 3 of 3");
                });
        smtp.start();
        assertThat(mailsTo(email)).as("a failed message is not sent later by itself").isEmpty();
    }

    @Test
    void messageIsRetriedAndSentOnceTheServerIsBack() {
        TestProvider provider = data.newProvider();
        String email = "rita-" + provider.id() + "@example.com";
        BookingRef ref = data.book(provider, "Rita Retry", email, BookingStatus.COMPLETED, "40.00", 2);
        smtp.stop();

        MessageSummary sent = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Reminder", "See you tomorrow.")));
        await().atMost(PATIENCE).until(() -> status(sent.id()).attempts() >= 1);
        assertThat(status(sent.id()).status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(status(sent.id()).failureReason()).startsWith("Attempt 1 of 3 failed:");
        smtp.start();

        await().atMost(PATIENCE).until(() -> status(sent.id()).status() == MessageStatus.SENT);
        assertThat(status(sent.id()).failureReason()).isNull();
        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1);
    }

    @Test
    void customerWithoutEmailAddressIsNotRetried() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Nora No-Mail", null, BookingStatus.COMPLETED, "40.00", 2);

        MessageSummary sent = data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Hello", "Are you there?")));

        await().atMost(PATIENCE).until(() -> status(sent.id()).status() == MessageStatus.FAILED);
        assertThat(status(sent.id()).attempts()).isEqualTo(1);
        assertThat(status(sent.id()).failureReason()).isEqualTo("Not sent: the customer has no e-mail address");
    }

    @Test
    void lineBreakInTheRecipientsNameIsRefusedAndNothingIsStored() {
        TestProvider provider = data.newProvider();
        String email = "eve-" + provider.id() + "@example.com";
        BookingRef ref = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Eve\r\nBcc: victim@example.com", email, null), "Cut", Instant.now(), 30,
                BigDecimal.TEN, BookingStatus.COMPLETED)));

        assertThatThrownBy(() -> data.as(provider, () -> messages.send(ref.customerId(),
                new NewMessage("Hi", "there"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("recipient"));
        assertThat(data.as(provider, () -> messages.forCustomer(ref.customerId()))).isEmpty();
    }

    @Test
    void withoutSmtpHostThereIsNoMailSender() {
        var runner = new ApplicationContextRunner().withUserConfiguration(MailConfiguration.class,
                MailSettingsBinding.class);

        runner.run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
        runner.withPropertyValues("app.mail.host=   ").run(context -> assertThat(context)
                .doesNotHaveBean(JavaMailSender.class));
        runner.withPropertyValues("app.mail.host=smtp.example.com", "app.mail.port=465")
                .run(context -> assertThat(context).hasSingleBean(JavaMailSender.class));
    }

    @Test
    void senderAddressFallsBackToTheSmtpUser() {
        assertThat(new MailSettings("smtp", 587, "me@example.com", "pw", "", true, 3, Duration.ZERO, POLL)
                .fromAddress())
                .isEqualTo("me@example.com");
        assertThat(new MailSettings("smtp", 587, "apikey", "pw", " Shop@Example.com ", true, 3, Duration.ZERO, POLL)
                .fromAddress()).isEqualTo("shop@example.com");
        assertThat(new MailSettings("smtp", 587, "apikey", "pw", null, true, 3, Duration.ZERO, POLL).fromAddress())
                .as("no sender address: e-mail counts as not set up").isNull();
    }

    /** The mail's text with the line ends it was written with (SMTP carries them as CRLF). */
    private static String text(MimeMessage mail) throws Exception {
        return mail.getContent().toString().replace("\r\n", "\n");
    }

    private static String from(MimeMessage mail) throws MessagingException {
        return ((InternetAddress) mail.getFrom()[0]).getPersonal();
    }

    private MimeMessage awaitMailTo(String email) {
        await().atMost(PATIENCE).until(() -> !mailsTo(email).isEmpty());
        return mailsTo(email).getFirst();
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

    /** Binds {@link MailSettings} as the application's {@code @ConfigurationPropertiesScan} does. */
    @EnableConfigurationProperties(MailSettings.class)
    static class MailSettingsBinding {
    }

    private record Stored(MessageStatus status, int attempts, String failureReason, Instant sentAt,
            Instant nextAttemptAt) {
    }

    private Stored status(long messageId) {
        return jdbc.sql("SELECT status, attempts, failure_reason, sent_at, next_attempt_at FROM customer_message"
                        + " WHERE id = ?")
                .param(messageId)
                .query((rs, row) -> new Stored(MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        rs.getString("failure_reason"), com.clientele.base.Sql.instant(rs, "sent_at"),
                        com.clientele.base.Sql.instant(rs, "next_attempt_at")))
                .single();
    }
}
