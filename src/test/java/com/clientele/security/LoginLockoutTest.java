package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Form login over real HTTP: success, failure, lock-out after five failures, and their audit trail. */
@IntegrationTest
class LoginLockoutTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void correctPasswordLogsInAndIsAudited() throws Exception {
        TestProvider provider = data.newProvider();

        HttpResponse<String> response = login(provider.email(), TestData.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(audits(provider.email(), "LOGIN_SUCCEEDED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT last_login_at IS NOT NULL FROM account WHERE email = ?").param(provider.email())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        TestProvider provider = data.newProvider();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(loginFailed(login(provider.email(), "wrong-password-" + attempt))).isTrue();
        }
        assertThat(loginFailed(login(provider.email(), TestData.PASSWORD)))
                .as("locked: even the right password is refused").isTrue();

        assertThat(audits(provider.email(), "LOGIN_FAILED")).isEqualTo(6);
        assertThat(audits(provider.email(), "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(6), locked_until) FROM account WHERE email = ?")
                .param(provider.email()).query(Integer.class).single()).isBetween(14, 15);
    }

    @Test
    void unknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
        TestProvider provider = data.newProvider();

        HttpResponse<String> wrongPassword = login(provider.email(), "not-the-password-1");
        HttpResponse<String> unknownEmail = login("nobody-" + provider.id() + "@test.example", "not-the-password-1");

        assertThat(wrongPassword.statusCode()).isEqualTo(unknownEmail.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location"))
                .isEqualTo(unknownEmail.headers().firstValue("Location"));
        assertThat(wrongPassword.body()).doesNotContainIgnoringCase("exception");
    }

    /**
     * A form posted without an e-mail (or a blank one) is refused and audited like an unknown e-mail.
     * It used to reach the account look-up with no e-mail: an internal error, logged with a stack
     * trace, and no audit entry.
     */
    @Test
    void aSignInWithoutAnEmailIsAnOrdinaryFailure() {
        FormLogin client = FormLogin.fromOwnAddress(port);
        client.get("/login");

        assertThat(FormLogin.refused(client.post("/login", "password=some-password"))).as("no e-mail").isTrue();
        assertThat(FormLogin.refused(client.post("/login", "username=&password=some-password"))).as("empty").isTrue();
        assertThat(FormLogin.refused(client.login("   ", "some-password"))).as("blank").isTrue();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND remote_address = ?")
                .param(client.address().getHostAddress()).query(Long.class).single()).isEqualTo(3);
    }

    private boolean loginFailed(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login?error");
    }

    private HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return client.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long audits(String email, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = ?").params(email, action)
                .query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
