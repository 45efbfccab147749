package com.clientele.messaging;

import com.clientele.base.Emails;
import com.clientele.base.Language;
import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued messages by e-mail, after the transaction that stored them commits and off the
 * request thread; failed attempts are retried with a growing pause until {@code app.mail.max-attempts},
 * then the message is FAILED with the reason. Without a mail sender nothing is sent and messages stay
 * QUEUED until one is configured.
 *
 * <p>The first attempt is driven by {@link MessageQueued} through the event publication registry
 * (docs/events.md): the event is stored with the message, so a stop of the app between the commit and
 * the delivery leaves an incomplete publication that is resubmitted on the next start. Delivery is
 * idempotent, because the registry delivers at least once: a worker first takes a message by pushing
 * its next attempt into the future in one UPDATE of a QUEUED message, so a message already SENT (or
 * taken by the retry poll, or by another app instance) is never sent twice. The retry poll only looks
 * at messages with a next attempt planned: retries after a failure, and messages queued while e-mail
 * was not set up.
 *
 * <p>The provider's subject and text go out as written; below the text come who sent it and, when
 * replies reach the member, that a reply does: in the language stored with the message (the
 * {@code messages/messaging} bundle's {@code mail.message.*}).
 *
 * <p>Every attempt counts in {@value #METER} by its outcome: {@code sent}, {@code retry} (failed, tried
 * again later) or {@code failed} (given up, or never sendable).
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** How long a taken message is left alone before it counts as abandoned (a crash mid-send). */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int REASON_MAX = 500;
    private static final int BATCH = 50;
    /** The mail listener's name in the event publication registry; stays the same when code moves. */
    static final String LISTENER_ID = "messaging.mail-delivery";
    static final String METER = "clientele.mail";

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final JdbcClient jdbc;
    private final ProviderDirectory providers;
    private final MessageSource texts;
    private final Clock clock;
    private final Map<MessageStatus, Counter> outcomes = new EnumMap<>(MessageStatus.class);

    MailDelivery(ObjectProvider<JavaMailSender> sender, MailSettings settings, JdbcClient jdbc,
            ProviderDirectory providers, MessageSource texts, Clock clock, MeterRegistry meters) {
        this.sender = sender.getIfAvailable();
        this.settings = settings;
        this.jdbc = jdbc;
        this.providers = providers;
        this.texts = texts;
        this.clock = clock;
        outcomes.put(MessageStatus.SENT, outcome(meters, "sent"));
        outcomes.put(MessageStatus.QUEUED, outcome(meters, "retry"));
        outcomes.put(MessageStatus.FAILED, outcome(meters, "failed"));
        if (this.sender != null && settings.fromAddress() == null) {
            log.warn("SMTP_HOST is set but MAIL_FROM is not an e-mail address: messages stay queued");
        }
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder(METER).description("E-mail delivery attempts of customer messages, by outcome")
                .tag("outcome", outcome).register(meters);
    }

    boolean isConfigured() {
        return sender != null && settings.fromAddress() != null;
    }

    /**
     * The first attempt, once the message is committed: asynchronous, in a transaction of its own, and
     * recorded in the event publication registry until it returns. Without e-mail set up the message is
     * planned for the retry poll, which sends it once e-mail is configured.
     */
    @ApplicationModuleListener(id = LISTENER_ID)
    public void onQueued(MessageQueued event) {
        if (isConfigured()) {
            deliver(event.messageId());
        } else {
            jdbc.sql("UPDATE customer_message SET next_attempt_at = :now WHERE id = :id AND status = 'QUEUED'"
                            + " AND next_attempt_at IS NULL")
                    .param("now", Sql.param(clock.instant())).param("id", event.messageId()).update();
        }
    }

    /** Picks up what is due: retries, and messages queued while e-mail was not set up. */
    @Scheduled(fixedDelayString = "${app.mail.retry-poll}", initialDelayString = "${app.mail.retry-poll}")
    @SchedulerLock(name = "mail.deliver-due", lockAtLeastFor = "${app.mail.retry-poll}")
    public void deliverDue() {
        if (!isConfigured()) {
            return;
        }
        // A message without a planned attempt is the event log's: its first attempt is still to come.
        List<Long> due = jdbc.sql("SELECT id FROM customer_message WHERE status = 'QUEUED'"
                        + " AND next_attempt_at IS NOT NULL AND next_attempt_at <= :now ORDER BY id LIMIT :limit")
                .param("now", Sql.param(clock.instant())).param("limit", BATCH)
                .query(Long.class).list();
        due.forEach(this::deliver);
    }

    /** One delivery attempt; empty when the message is not due or another worker has it. */
    Optional<MessageStatus> deliver(long messageId) {
        Instant now = clock.instant();
        int taken = jdbc.sql("UPDATE customer_message SET next_attempt_at = :lease, version = version + 1"
                        + " WHERE id = :id AND status = 'QUEUED' AND (next_attempt_at IS NULL OR next_attempt_at <= :now)")
                .param("lease", Sql.param(now.plus(LEASE))).param("id", messageId).param("now", Sql.param(now))
                .update();
        if (taken == 0) {
            return Optional.empty();
        }
        Outgoing message = jdbc.sql("""
                        SELECT provider_id, recipient_email, recipient_name AS name, subject, body, language, attempts,
                            created_by
                        FROM customer_message WHERE id = :id""")
                .param("id", messageId)
                .query((rs, row) -> new Outgoing(rs.getLong("provider_id"), rs.getString("recipient_email"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("language"), rs.getInt("attempts"),
                        rs.getString("created_by"), rs.getString("name")))
                .single();
        String refusal = message.refusal();
        if (refusal != null) {
            return Optional.of(failed(messageId, message.attempts(), refusal, true));
        }
        try {
            sender.send(mime(message));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            log.info("Message {}: delivery attempt {} failed: {}", messageId, message.attempts() + 1, cause.toString());
            return Optional.of(failed(messageId, message.attempts(), cause.getMessage() == null
                    ? cause.getClass().getSimpleName() : cause.getMessage(), false));
        }
        jdbc.sql("UPDATE customer_message SET status = 'SENT', attempts = attempts + 1, sent_at = :now,"
                        + " failure_reason = NULL, next_attempt_at = NULL, updated_at = :now, version = version + 1"
                        + " WHERE id = :id")
                .param("now", Sql.param(clock.instant())).param("id", messageId).update();
        outcomes.get(MessageStatus.SENT).increment();
        return Optional.of(MessageStatus.SENT);
    }

    private MimeMessage mime(Outgoing message) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        String business = oneLine(providers.profile(message.providerId()).businessName());
        helper.setFrom(new InternetAddress(settings.fromAddress(), business, "UTF-8"));
        String replyTo = Emails.normalise(message.createdBy());
        boolean replies = Emails.isValid(replyTo);
        if (replies) {
            helper.setReplyTo(new InternetAddress(replyTo, business, "UTF-8"));
        }
        helper.setTo(new InternetAddress(message.recipient(), message.name(), "UTF-8"));
        helper.setSubject(message.subject());
        helper.setText(text(message, business, replies), false);
        return mime;
    }

    /** The provider's text, then a signature block saying who sent it and where a reply goes. */
    private String text(Outgoing message, String business, boolean replies) {
        Locale locale = Language.find(message.language()).orElse(Language.ENGLISH).locale();
        StringBuilder text = new StringBuilder(message.body().stripTrailing()).append("\n\n-- \n")
                .append(texts.getMessage("mail.message.sent-by", new Object[] {business}, locale));
        if (replies) {
            text.append('\n').append(texts.getMessage("mail.message.reply", new Object[] {business}, locale));
        }
        return text.toString();
    }

    private MessageStatus failed(long messageId, int attemptsBefore, String reason, boolean permanent) {
        int attempt = attemptsBefore + 1;
        boolean last = permanent || attempt >= settings.maxAttempts();
        Instant now = clock.instant();
        String text = (permanent ? "Not sent: " : "Attempt " + attempt + " of " + settings.maxAttempts() + " failed: ")
                + oneLine(reason);
        Instant next = last ? null : now.plus(settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10)));
        jdbc.sql("UPDATE customer_message SET status = :status, attempts = :attempts, failure_reason = :reason,"
                        + " next_attempt_at = :next, updated_at = :now, version = version + 1 WHERE id = :id")
                .param("status", (last ? MessageStatus.FAILED : MessageStatus.QUEUED).name())
                .param("attempts", attempt)
                .param("reason", text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX - 1) + "…")
                .param("next", Sql.param(next))
                .param("now", Sql.param(now))
                .param("id", messageId)
                .update();
        MessageStatus outcome = last ? MessageStatus.FAILED : MessageStatus.QUEUED;
        outcomes.get(outcome).increment();
        return outcome;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** A message as it goes out, with what its headers are made of. */
    private record Outgoing(long providerId, String recipient, String subject, String body, String language,
            int attempts, String createdBy, String name) {

        /** Why this message can never be sent, or null. */
        String refusal() {
            if (recipient == null) {
                return "the customer has no e-mail address";
            }
            if (!Emails.isValid(recipient)) {
                return "the customer's e-mail address is not valid";
            }
            if (Headers.breaksLine(name) || Headers.breaksLine(subject)) {
                return "a line break in the customer's name or the subject (not allowed in an e-mail header)";
            }
            return null;
        }
    }
}
