package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.TestMailServer;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.base.api.PublicAddress;
import com.clientele.base.i18n.English;
import com.clientele.provider.PasswordResetRequested;
import com.clientele.provider.PasswordResets;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.ResetLinkInvalidException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Forgotten passwords end to end: the request as the page makes it, the mail through GreenMail,
 * the link's token on the real database, and sign-ins over real HTTP afterwards.
 */
@IntegrationTest
class PasswordResetTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("(\\S+)/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String NEW_PASSWORD = "chosen-after-reset-7";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ForgottenPasswords forgotten;
    @Autowired
    PasswordResets resets;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    PublicAddress publicAddress;
    @Autowired
    ResetLimitSettings limits;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    EventSerializer eventSerializer;
    @Autowired
    JdbcClient jdbc;

    final GreenMail smtp = TestMailServer.server();

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void existingAndUnknownAddressesGetTheSameAnswerAndOnlyTheExistingGetsMail() {
        TestProvider provider = data.newProvider();
        TestProvider disabled = data.newProvider();
        data.setEnabled(disabled.email(), false);
        String unknown = "nobody-" + System.nanoTime() + "@reset.example";

        // The same answer: no exception, nothing returned, for all three.
        request(provider.email().toUpperCase());
        request(unknown);
        request(disabled.email());

        awaitRequestHandled(provider.email());
        awaitRequestHandled(unknown);
        awaitRequestHandled(disabled.email());
        assertThat(mailsTo(provider.email())).hasSize(1);
        assertThat(mailsTo(unknown)).isEmpty();
        assertThat(mailsTo(disabled.email())).as("a disabled account gets no link").isEmpty();
        MimeMessage mail = mailsTo(provider.email()).getFirst();
        assertThat(subject(mail)).isEqualTo("Reset your Clientele password");
        assertThat(body(mail)).contains("within 60 minutes", "works once");
    }

    @Test
    void theMailSpeaksTheAccountsLanguageElseThePages() {
        TestProvider german = data.newProvider();
        jdbc.sql("UPDATE account SET language = 'de' WHERE email = ?").param(german.email()).update();
        TestProvider undecided = data.newProvider();

        setClient(clientRequest());
        forgotten.requestLink(german.email(), Locale.FRANCE);
        forgotten.requestLink(undecided.email(), Locale.FRANCE);

        String token = awaitLinkIn(german.email(), "Ihr Clientele-Passwort zurücksetzen");
        assertThat(body(mailsTo(german.email()).getFirst())).contains("innerhalb von 60 Minuten");
        awaitLinkIn(undecided.email(), "Réinitialiser votre mot de passe Clientele");
        forgotten.resetPassword(token, NEW_PASSWORD, Locale.FRANCE);
        await().atMost(PATIENCE).until(() -> mailsTo(german.email()).stream()
                .anyMatch(mail -> subject(mail).equals("Ihr Clientele-Passwort wurde zurückgesetzt")));
    }

    @Test
    void theLinkStartsWithThePublicAddressAndNeverWithTheRequestsHost() {
        TestProvider provider = data.newProvider();
        MockHttpServletRequest forged = clientRequest();
        forged.setServerName("evil.example");
        forged.addHeader("Host", "evil.example");
        forged.addHeader("X-Forwarded-Host", "evil.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forged));

        forgotten.requestLink(provider.email(), Locale.UK);

        Matcher link = awaitLink(provider.email());
        assertThat(link.group(1)).isEqualTo(publicAddress.origin()).isEqualTo("http://localhost:" + port);
        assertThat(link.group(2)).as("256 random bits, URL-safe").hasSize(43);
    }

    @Test
    void theLinkWorksOnceAndTheNewPasswordSignsIn() {
        TestProvider provider = data.newProvider();
        request(provider.email());
        String token = awaitLink(provider.email()).group(2);
        assertThat(forgotten.isUsable(token)).isTrue();

        forgotten.resetPassword(token, NEW_PASSWORD, Locale.UK);

        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(provider.email(), NEW_PASSWORD))).isTrue();
        assertThat(FormLogin.refused(FormLogin.fromOwnAddress(port).login(provider.email(), TestData.PASSWORD)))
                .as("the old password no longer works").isTrue();
        assertThat(forgotten.isUsable(token)).isFalse();
        assertThatThrownBy(() -> forgotten.resetPassword(token, "another-password-8", Locale.UK))
                .as("the second use").isInstanceOf(ResetLinkInvalidException.class);
        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(provider.email(), NEW_PASSWORD)))
                .as("the second use changed nothing").isTrue();
    }

    @Test
    void twoResetsWithOneLinkAtOnceChangeThePasswordOnce() throws Exception {
        TestProvider provider = data.newProvider();
        request(provider.email());
        String token = awaitLink(provider.email()).group(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> tries = new ArrayList<>();
        for (String password : List.of("first-of-two-resets-1", "second-of-two-resets-2")) {
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    forgotten.resetPassword(token, password, Locale.UK);
                    return password;
                } catch (ResetLinkInvalidException refused) {
                    return null;
                }
            }));
        }
        start.countDown();
        List<String> changed = new ArrayList<>();
        for (var attempt : tries) {
            String password = attempt.get(30, java.util.concurrent.TimeUnit.SECONDS);
            if (password != null) {
                changed.add(password);
            }
        }
        pool.shutdown();

        assertThat(changed).as("one reset got the link").hasSize(1);
        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(provider.email(), changed.getFirst())))
                .isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_RESET_COMPLETED' AND target = ?")
                .param(provider.email()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseAndTheEventLogHoldOnlyTheTokensHash() {
        TestProvider provider = data.newProvider();
        request(provider.email());
        String token = awaitLink(provider.email()).group(2);

        String stored = jdbc.sql("SELECT r.token_hash FROM password_reset r JOIN account a ON a.id = r.account_id "
                + "WHERE a.email = ?").param(provider.email()).query(String.class).single();
        assertThat(stored).isEqualTo(com.clientele.base.SecretTokens.hash(token)).isNotEqualTo(token);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE serialized_event LIKE ?")
                .param("%" + token + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ? OR target LIKE ?")
                .params("%" + token + "%", "%" + token + "%").query(Long.class).single()).isZero();
    }

    @Test
    void anExpiredLinkIsRefusedAndAStaleRequestMakesNone() {
        TestProvider provider = data.newProvider();
        request(provider.email());
        String token = awaitLink(provider.email()).group(2);
        var times = jdbc.sql("SELECT r.requested_at, r.expires_at FROM password_reset r JOIN account a ON a.id = "
                + "r.account_id WHERE a.email = ?").param(provider.email())
                .query((rs, row) -> List.of(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).single();
        assertThat(Duration.between(times.get(0), times.get(1))).isEqualTo(resets.validity())
                .isEqualTo(Duration.ofHours(1));

        // An hour on: the stored expiry is moved back instead of the clock forward.
        jdbc.sql("UPDATE password_reset SET expires_at = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND) "
                + "WHERE token_hash = ?").param(com.clientele.base.SecretTokens.hash(token)).update();

        assertThat(forgotten.isUsable(token)).isFalse();
        assertThatThrownBy(() -> forgotten.resetPassword(token, NEW_PASSWORD, Locale.UK))
                .isInstanceOf(ResetLinkInvalidException.class);
        // A request handed to the mail only after its validity (the mail server was down) makes no link.
        Instant longAgo = Instant.now().minus(resets.validity()).minusSeconds(1).truncatedTo(ChronoUnit.MICROS);
        assertThat(resets.issue(new PasswordResetRequested(provider.email(), Language.ENGLISH, longAgo))).isEmpty();
    }

    @Test
    void aNewRequestMakesTheOlderLinkInvalid() {
        TestProvider provider = data.newProvider();
        request(provider.email());
        String first = awaitLink(provider.email()).group(2);
        request(provider.email());
        await().atMost(PATIENCE).until(() -> mailsTo(provider.email()).size() == 2);
        String second = links(provider.email()).getLast();
        assertThat(second).isNotEqualTo(first);

        assertThat(forgotten.isUsable(first)).isFalse();
        assertThat(forgotten.isUsable(second)).isTrue();
        // The event log delivers at least once: an older request handed over again makes no new link.
        Instant earlier = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS);
        assertThat(resets.issue(new PasswordResetRequested(provider.email(), Language.ENGLISH, earlier))).isEmpty();
        assertThat(forgotten.isUsable(second)).isTrue();
        assertThatThrownBy(() -> forgotten.resetPassword(first, NEW_PASSWORD, Locale.UK))
                .isInstanceOf(ResetLinkInvalidException.class);
    }

    @Test
    void requestsAreLimitedPerEmailAddress() {
        String email = "limited-" + System.nanoTime() + "@reset.example";
        for (int i = 0; i < limits.perEmail(); i++) {
            request(email); // each from another client address
        }
        setClient(clientRequest());
        TooManyRequestsException refused = catchTooMany(() -> forgotten.requestLink(email, Locale.UK));
        assertThat(refused.retryAfter()).isPositive();
        assertThat(requestAudits(email)).as("a refused request writes nothing").isEqualTo(limits.perEmail());
    }

    @Test
    void requestsAreLimitedPerClientAddressAndTypingMistakesDoNotCount() {
        setClient(clientRequest());
        assertThatThrownBy(() -> forgotten.requestLink("not an address", Locale.UK))
                .isInstanceOf(InvalidInputException.class);
        for (int i = 0; i < limits.perAddress(); i++) {
            forgotten.requestLink("many-" + i + "-" + System.nanoTime() + "@reset.example", Locale.UK);
        }
        String oneMore = "one-more-" + System.nanoTime() + "@reset.example";
        TooManyRequestsException refused = catchTooMany(() -> forgotten.requestLink(oneMore, Locale.UK));
        assertThat(refused.minutes()).isBetween(1L, 60L);
        assertThat(requestAudits(oneMore)).isZero();
    }

    @Test
    void requestAndResetAreAuditedWithTheClientAddress() {
        TestProvider provider = data.newProvider();
        String unknown = "audited-" + System.nanoTime() + "@reset.example";
        MockHttpServletRequest client = clientRequest();
        setClient(client);
        forgotten.requestLink(provider.email(), Locale.UK);
        forgotten.requestLink(unknown, Locale.UK);
        String token = awaitLink(provider.email()).group(2);
        forgotten.resetPassword(token, NEW_PASSWORD, Locale.UK);

        assertThat(jdbc.sql("SELECT actor, remote_address FROM audit_entry WHERE action = 'PASSWORD_RESET_REQUESTED' "
                + "AND target = ?").param(provider.email()).query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
                .list()).containsExactly(provider.email() + " " + client.getRemoteAddr());
        assertThat(requestAudits(unknown)).as("an unknown address too").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_RESET_COMPLETED' AND target = ? "
                + "AND actor = ? AND remote_address = ?").params(provider.email(), provider.email(),
                client.getRemoteAddr()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aResetEndsEverySessionLiftsTheLockOutAndTellsTheHolder() {
        TestProvider provider = data.newProvider();
        FormLogin phone = FormLogin.fromOwnAddress(port);
        FormLogin laptop = FormLogin.fromOwnAddress(port);
        assertThat(FormLogin.signedIn(phone.login(provider.email(), TestData.PASSWORD))).isTrue();
        assertThat(FormLogin.signedIn(laptop.login(provider.email(), TestData.PASSWORD))).isTrue();
        for (int i = 0; i < 5; i++) {
            directory.recordFailedLogin(provider.email());
        }
        assertThat(directory.findLogin(provider.email()).orElseThrow().lockedUntil()).as("locked").isNotNull();
        request(provider.email());
        String token = awaitLink(provider.email()).group(2);

        forgotten.resetPassword(token, NEW_PASSWORD, Locale.UK);

        for (FormLogin session : List.of(phone, laptop)) {
            HttpResponse<String> page = session.get("/");
            assertThat(page.statusCode()).as("the session ended").isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(directory.findLogin(provider.email()).orElseThrow().lockedUntil()).as("lock lifted").isNull();
        assertThat(jdbc.sql("SELECT failed_logins FROM account WHERE email = ?").param(provider.email())
                .query(Integer.class).single()).isZero();
        assertThat(FormLogin.signedIn(FormLogin.fromOwnAddress(port).login(provider.email(), NEW_PASSWORD))).isTrue();
        await().atMost(PATIENCE).until(() -> mailsTo(provider.email()).stream()
                .anyMatch(mail -> subject(mail).equals("Your Clientele password was reset")));
    }

    @Test
    void adminsResetTheirPasswordTheSameWay() {
        String admin = "reset-admin-" + System.nanoTime() + "@test.example";
        jdbc.sql("INSERT INTO account (email, password_hash, role, enabled, created_at) VALUES (?, ?, 'ADMIN', TRUE, NOW(6))")
                .params(admin, passwordEncoder.encode("old-admin-password-1")).update();
        request(admin);
        String token = awaitLink(admin).group(2);

        forgotten.resetPassword(token, NEW_PASSWORD, Locale.UK);

        FormLogin client = FormLogin.fromOwnAddress(port);
        assertThat(FormLogin.signedIn(client.login(admin, NEW_PASSWORD))).isTrue();
        assertThat(client.get("/admin/providers").statusCode()).isEqualTo(200);
    }

    @Test
    void theNewPasswordFollowsThePasswordRulesAndARefusalKeepsTheLink() {
        TestProvider provider = data.newProvider();
        request(provider.email());
        String token = awaitLink(provider.email()).group(2);

        assertThatThrownBy(() -> forgotten.resetPassword(token, "short1", Locale.UK)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(English.fields(e)).containsKey("newPassword"));
        assertThatThrownBy(() -> forgotten.resetPassword(token, TestData.PASSWORD, Locale.UK)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(English.fields(e).get("newPassword"))
                        .isEqualTo("Choose a password different from the current one"));
        assertThat(forgotten.isUsable(token)).as("still usable after a refused password").isTrue();
        assertThatThrownBy(() -> forgotten.resetPassword("not-a-token", NEW_PASSWORD, Locale.UK))
                .isInstanceOf(ResetLinkInvalidException.class);
        assertThatThrownBy(() -> forgotten.resetPassword(null, NEW_PASSWORD, Locale.UK))
                .isInstanceOf(ResetLinkInvalidException.class);
    }

    @Test
    void aFormPostedFromOutsideThePageIsRefusedAndAsksForNothing() {
        String email = "posted-" + System.nanoTime() + "@reset.example";
        FormLogin client = FormLogin.fromOwnAddress(port);
        client.get("/forgot-password");

        HttpResponse<String> posted = client.post("/forgot-password", "email=" + FormLogin.encode(email));

        // Spring Security refuses a POST without its CSRF token like an access it denies: off to sign-in.
        assertThat(posted.statusCode()).as("no CSRF token").isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(requestAudits(email)).isZero();
    }

    @Test
    void theRequestEventSurvivesTheEventLogsRoundTrip() {
        var event = new PasswordResetRequested("round@trip.example", Language.GERMAN,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        Object stored = eventSerializer.serialize(event);
        assertThat(eventSerializer.deserialize(stored, PasswordResetRequested.class)).isEqualTo(event);
    }

    /**
     * The request path does the same work for every address (an audit entry and an event); the
     * account is looked up after the commit. Median time of alternating requests, printed.
     */
    @Test
    void aRequestTakesAsLongWhetherOrNotTheAddressHasAnAccount() {
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            existing.add(data.newProvider().email());
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            known.add(timed(existing.get(round % existing.size())));
            unknown.add(timed("unknown-" + round + "-" + System.nanoTime() + "@reset.example"));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        System.out.printf("RESET REQUEST TIMING median µs: existing %d, unknown %d (40 each)%n", knownMedian / 1000,
                unknownMedian / 1000);
        assertThat(Math.abs(knownMedian - unknownMedian)).isLessThan(Math.max(knownMedian, unknownMedian) / 2
                + Duration.ofMillis(2).toNanos());
    }

    private long timed(String email) {
        long start = System.nanoTime();
        resets.request(email, Language.ENGLISH);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A request from a client address of its own, as the request page makes it. */
    private void request(String email) {
        setClient(clientRequest());
        forgotten.requestLink(email, Locale.UK);
        RequestContextHolder.resetRequestAttributes();
    }

    private static MockHttpServletRequest clientRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/forgot-password");
        int n = ADDRESSES.incrementAndGet();
        request.setRemoteAddr("10.77." + (n / 250) + "." + (1 + n % 250));
        return request;
    }

    private static void setClient(MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static TooManyRequestsException catchTooMany(Runnable request) {
        try {
            request.run();
        } catch (TooManyRequestsException e) {
            return e;
        }
        throw new AssertionError("the request was not refused");
    }

    private long requestAudits(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_RESET_REQUESTED' AND target = ?")
                .param(email).query(Long.class).single();
    }

    /** Waits until the mail listener has finished with every request for the address. */
    private void awaitRequestHandled(String email) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE listener_id = "
                + "'messaging.password-reset-link' AND JSON_VALUE(serialized_event, '$.email') = ? "
                + "AND completion_date IS NULL").param(email).query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE listener_id = 'messaging.password-reset-link' "
                        + "AND JSON_VALUE(serialized_event, '$.email') = ?").param(email).query(Long.class).single() > 0);
    }

    private Matcher awaitLink(String email) {
        await().atMost(PATIENCE).until(() -> !links(email).isEmpty());
        Matcher link = LINK.matcher(body(resetMails(email).getLast()));
        assertThat(link.find()).isTrue();
        return link;
    }

    /** Waits for the mail with this subject and returns its link's token. */
    private String awaitLinkIn(String email, String subject) {
        await().atMost(PATIENCE).until(() -> mailsTo(email).stream().anyMatch(mail -> subject(mail).equals(subject)));
        MimeMessage mail = mailsTo(email).stream().filter(m -> subject(m).equals(subject)).findFirst().orElseThrow();
        Matcher link = LINK.matcher(body(mail));
        assertThat(link.find()).as("the link in " + subject).isTrue();
        return link.group(2);
    }

    private List<String> links(String email) {
        return resetMails(email).stream().map(mail -> LINK.matcher(body(mail)))
                .filter(Matcher::find).map(link -> link.group(2)).toList();
    }

    private List<MimeMessage> resetMails(String email) {
        return mailsTo(email).stream().filter(mail -> subject(mail).equals("Reset your Clientele password")).toList();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return TestMailServer.mailsTo(email);
    }

    private static String subject(MimeMessage mail) {
        return TestMailServer.subject(mail);
    }

    /** The text of a mail as its reader sees it (decoded from quoted-printable when it is not ASCII). */
    static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
