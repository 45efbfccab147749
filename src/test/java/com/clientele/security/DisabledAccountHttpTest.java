package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.BrowserClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.ProviderAccountService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Over real HTTP: disabling an account ends its signed-in session and refuses new sign-ins. */
@IntegrationTest
class DisabledAccountHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAProviderEndsTheirSignedInSessionAndRefusesSignIn() {
        TestProvider provider = data.newProvider();
        BrowserClient browser = BrowserClient.at(port);
        assertThat(browser.login(provider.email(), TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.get("/customers").statusCode()).as("signed in").isEqualTo(200);

        data.asAdmin(() -> {
            providerAccounts.disableBusiness(provider.id());
            return null;
        });

        HttpResponse<String> afterDisable = browser.get("/customers");
        assertThat(afterDisable.statusCode()).isEqualTo(302);
        assertThat(afterDisable.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(browser.get("/customers").headers().firstValue("Location"))
                .as("the session stays ended").hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        BrowserClient again = BrowserClient.at(port);
        assertThat(again.login(provider.email(), TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = 'LOGIN_FAILED'")
                .param(provider.email()).query(Long.class).single()).isEqualTo(1);
    }
}
