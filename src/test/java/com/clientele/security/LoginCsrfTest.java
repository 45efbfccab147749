package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login CSRF: another site's page must not sign a visitor's browser in (to an account of the
 * attacker's choosing). The browser names the sending site in Sec-Fetch-Site and Origin. The real
 * form in a browser is covered by LoginBrowserTest.
 */
@IntegrationTest
class LoginCsrfTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignInPostedByAnotherSiteIsRefused() {
        TestProvider provider = data.newProvider();
        String form = "username=" + FormLogin.encode(provider.email()) + "&password=" + FormLogin.encode(TestData.PASSWORD);

        HttpResponse<String> crossSite = FormLogin.fromOwnAddress(port).post("/login", form,
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate");
        HttpResponse<String> otherOrigin = FormLogin.fromOwnAddress(port).post("/login", form,
                "Origin", "https://evil.example");
        HttpResponse<String> sameSite = FormLogin.fromOwnAddress(port).post("/login", form,
                "Sec-Fetch-Site", "same-site");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(sameSite.statusCode()).as("a sibling subdomain is another site too").isEqualTo(403);
        assertThat(crossSite.body()).contains("sent from another site");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = 'LOGIN_SUCCEEDED'")
                .param(provider.email()).query(Long.class).single()).isZero();
    }

    @Test
    void aSignInFromThisSitesOwnPageWorks() {
        TestProvider provider = data.newProvider();
        FormLogin client = FormLogin.fromOwnAddress(port);
        client.get("/login");
        String form = "username=" + FormLogin.encode(provider.email()) + "&password=" + FormLogin.encode(TestData.PASSWORD);

        HttpResponse<String> response = client.post("/login", form, "Origin", "http://127.0.0.1:" + port,
                "Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "navigate");

        assertThat(FormLogin.signedIn(response)).as("status %d", response.statusCode()).isTrue();
    }
}
