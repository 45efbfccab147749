package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.ProviderAccountService;
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

/** Over real HTTP: disabling an account ends its signed-in session and refuses new sign-ins. */
@IntegrationTest
class DisabledAccountHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAProviderEndsTheirSignedInSessionAndRefusesSignIn() throws Exception {
        TestProvider provider = data.newProvider();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(login(browser, provider.email(), TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(get(browser, "/customers").statusCode()).as("signed in").isEqualTo(200);

        data.asAdmin(() -> {
            providerAccounts.disable(data.accountId(provider.email()));
            return null;
        });

        HttpResponse<String> afterDisable = get(browser, "/customers");
        assertThat(afterDisable.statusCode()).isEqualTo(302);
        assertThat(afterDisable.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(get(browser, "/customers").headers().firstValue("Location"))
                .as("the session stays ended").hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(login(again, provider.email(), TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = 'LOGIN_FAILED'")
                .param(provider.email()).query(Long.class).single()).isEqualTo(1);
    }

    private HttpResponse<String> login(HttpClient client, String email, String password)
            throws IOException, InterruptedException {
        String page = get(client, "/login").body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return client.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
