package com.clientele.messaging;

import com.clientele.base.api.PublicAddress;
import com.clientele.provider.InvitationLink;
import com.clientele.provider.InvitationLinks;
import com.clientele.provider.MemberInvited;
import com.clientele.provider.OwnerContact;
import com.clientele.provider.PasswordResetCompleted;
import com.clientele.provider.PasswordResetRequested;
import com.clientele.provider.PasswordResets;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.ResetLink;
import com.clientele.provider.TeamDirectory;
import com.clientele.webhook.WebhookEndpointDisabled;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails to account holders about their own account: the password reset link, the notice that
 * the password was reset, and the invitation to join a business's team (SPEC §10). All run after the commit that asked for them, off the request thread,
 * through the event publication registry (docs/events.md): a stop before the mail went out leaves
 * the publication incomplete and it is resubmitted at the next start; a failed SMTP attempt throws,
 * so the publication is FAILED and resubmitted later ({@code app.events.*}).
 *
 * <p>The link's token is made in the listener's transaction ({@link PasswordResets#issue}) and
 * exists nowhere but in the e-mail: the event carries only the address, the database only the
 * token's hash. When the send fails, the transaction rolls back and no link was made; a
 * resubmission makes a new one, or none once the request is past its validity.
 *
 * <p>An invitation's link is made the same way ({@link InvitationLinks#issue}); its mail speaks the
 * language of the owner who invited.
 *
 * <p>When an endpoint of a business's webhooks was disabled for failing for days, its owners are told.
 *
 * <p>The texts are the {@code messages/messaging} bundle's, in the account holder's language.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);
    /** The listeners' names in the event publication registry; they stay the same when code moves. */
    static final String RESET_LINK_LISTENER_ID = "messaging.password-reset-link";
    static final String RESET_NOTICE_LISTENER_ID = "messaging.password-reset-notice";
    static final String INVITATION_LISTENER_ID = "messaging.member-invitation";
    static final String WEBHOOK_DISABLED_LISTENER_ID = "messaging.webhook-disabled";

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final PasswordResets resets;
    private final InvitationLinks invitations;
    private final PublicAddress publicAddress;
    private final MessageSource texts;
    private final TeamDirectory team;
    private final ProviderDirectory providers;
    private final AtomicBoolean warnedAboutAddress = new AtomicBoolean();

    AccountMail(ObjectProvider<JavaMailSender> sender, MailSettings settings, PasswordResets resets,
            InvitationLinks invitations, PublicAddress publicAddress, MessageSource texts, TeamDirectory team,
            ProviderDirectory providers) {
        this.team = team;
        this.providers = providers;
        this.sender = sender.getIfAvailable();
        this.settings = settings;
        this.resets = resets;
        this.invitations = invitations;
        this.publicAddress = publicAddress;
        this.texts = texts;
    }

    @ApplicationModuleListener(id = RESET_LINK_LISTENER_ID)
    public void onResetRequested(PasswordResetRequested request) {
        if (!isConfigured()) {
            log.warn("A password reset link was requested, but e-mail is not set up (SMTP_HOST, MAIL_FROM):"
                    + " none is sent");
            return;
        }
        resets.issue(request).ifPresent(this::sendLink);
    }

    @ApplicationModuleListener(id = RESET_NOTICE_LISTENER_ID)
    public void onResetCompleted(PasswordResetCompleted reset) {
        if (!isConfigured()) {
            return;
        }
        Locale locale = reset.language().locale();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(reset.at());
        send(reset.email(), text("mail.reset-notice.subject", locale),
                text("mail.reset-notice.body", locale, reset.email(), when));
    }

    @ApplicationModuleListener(id = INVITATION_LISTENER_ID)
    public void onMemberInvited(MemberInvited invited) {
        if (!isConfigured()) {
            log.warn("A member was invited, but e-mail is not set up (SMTP_HOST, MAIL_FROM): no invitation is sent");
            return;
        }
        invitations.issue(invited).ifPresent(this::sendInvitation);
    }

    /**
     * Tells each owner of the business, in their language, that an endpoint was turned off for failing.
     * A failed send throws: the publication is resubmitted, and owners already told may be told again.
     */
    @ApplicationModuleListener(id = WEBHOOK_DISABLED_LISTENER_ID)
    public void onWebhookDisabled(WebhookEndpointDisabled disabled) {
        if (!isConfigured()) {
            log.warn("A webhook endpoint was disabled for failing, but e-mail is not set up: its owners are not told");
            return;
        }
        warnIfNoPublicAddress();
        String business = providers.profile(disabled.providerId()).businessName();
        for (OwnerContact owner : team.owners(disabled.providerId())) {
            Locale locale = owner.language().locale();
            String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(ZoneOffset.UTC).format(disabled.failingSince());
            send(owner.email(), text("mail.webhook-disabled.subject", locale, business),
                    text("mail.webhook-disabled.body", locale, owner.name(), disabled.url(), since, business,
                            publicAddress.origin() + "/webhooks"));
        }
    }

    private void sendInvitation(InvitationLink link) {
        warnIfNoPublicAddress();
        Locale locale = link.language().locale();
        String role = text(link.role().labelKey(), locale);
        send(link.email(), text("mail.invitation.subject", locale, link.businessName()),
                text("mail.invitation.body", locale, link.inviteeName(), link.inviterName(), link.businessName(), role,
                        invitations.validity().toDays(), publicAddress.origin() + link.pathAndQuery()));
    }

    private void warnIfNoPublicAddress() {
        if (!publicAddress.isConfigured() && warnedAboutAddress.compareAndSet(false, true)) {
            log.warn("PUBLIC_URL is not set: links in e-mails point to {}, which works on this machine only",
                    publicAddress.origin());
        }
    }

    private void sendLink(ResetLink link) {
        warnIfNoPublicAddress();
        Locale locale = link.language().locale();
        send(link.email(), text("mail.reset-link.subject", locale), text("mail.reset-link.body", locale, link.email(),
                resets.validity().toMinutes(), publicAddress.origin() + link.pathAndQuery()));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, arguments, locale);
    }

    private boolean isConfigured() {
        return sender != null && settings.fromAddress() != null;
    }

    private void send(String to, String subject, String body) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(new InternetAddress(settings.fromAddress(), "Clientele", "UTF-8"));
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(mime);
    }
}
