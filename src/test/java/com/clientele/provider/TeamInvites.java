package com.clientele.provider;

import static org.awaitility.Awaitility.await;

import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Invitations as the team tests use them: an owner invites, the mail arrives at GreenMail, its link's
 * token is read from it, and the invitee joins with it.
 */
@Component
public class TeamInvites {

    public static final String PASSWORD = "joined-with-link-42";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("(\\S+)/invitation\\?token=([A-Za-z0-9_-]+)");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TestData data;
    private final TeamService team;
    private final Invitations invitations;

    TeamInvites(TestData data, TeamService team, Invitations invitations) {
        this.data = data;
        this.team = team;
        this.invitations = invitations;
    }

    /** An address no account has yet. */
    public static String newAddress() {
        return "invitee" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@team.example";
    }

    /** The owner invites the address with the role; returns the invitation. */
    public Invitation invite(TestProvider owner, String email, TeamRole role) {
        return data.as(owner, () -> team.invite("Invited " + role, email, role));
    }

    /** Invites a new address, waits for the mail and joins with its link, as the invitee does. */
    public TestMember join(TestProvider owner, TeamRole role) {
        String email = newAddress();
        invite(owner, email, role);
        MemberStanding member = invitations.accept(awaitToken(email, 1), PASSWORD, PASSWORD);
        return new TestMember(owner.id(), member.memberId(), email, role);
    }

    /** Waits until {@code count} invitation mails reached the address; the token of the last one. */
    public String awaitToken(String email, int count) {
        await().atMost(PATIENCE).until(() -> links(email).size() >= count);
        return links(email).getLast().group(2);
    }

    /** The links of the invitation mails to the address, oldest first. */
    public List<Matcher> links(String email) {
        return mailsTo(email).stream().map(mail -> LINK.matcher(body(mail))).filter(Matcher::find).toList();
    }

    public static List<MimeMessage> mailsTo(String email) {
        return TestMailServer.mailsTo(email);
    }

    public static String subject(MimeMessage mail) {
        return TestMailServer.subject(mail);
    }

    public static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
