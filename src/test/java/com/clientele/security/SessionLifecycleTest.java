package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.PasswordChange;
import com.clientele.provider.PasswordService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sessions over real HTTP: a new session id at sign-in, and a password change ends the other sessions. */
@IntegrationTest
class SessionLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    PasswordService passwords;

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneIsNotSignedIn() {
        TestProvider provider = data.newProvider();
        FormLogin client = FormLogin.fromOwnAddress(port);
        client.get("/login");
        String before = client.sessionId().orElseThrow();

        assertThat(FormLogin.signedIn(client.login(provider.email(), TestData.PASSWORD))).isTrue();

        String after = client.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("/").statusCode()).as("the new session is signed in").isEqualTo(200);
        HttpResponse<String> withOldId = FormLogin.fromOwnAddress(port).getWithSession("/", before);
        assertThat(withOldId.statusCode()).as("the id from before sign-in is not").isEqualTo(302);
        assertThat(withOldId.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void changingOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        TestProvider provider = data.newProvider();
        FormLogin here = FormLogin.fromOwnAddress(port);
        FormLogin elsewhere = FormLogin.fromOwnAddress(port);
        assertThat(FormLogin.signedIn(here.login(provider.email(), TestData.PASSWORD))).isTrue();
        assertThat(FormLogin.signedIn(elsewhere.login(provider.email(), TestData.PASSWORD))).isTrue();
        assertThat(elsewhere.get("/").statusCode()).isEqualTo(200);

        // The change as it runs in the request of the session "here".
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, here.sessionId().orElseThrow()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        data.login(provider.email());
        passwords.changeOwnPassword(new PasswordChange(TestData.PASSWORD, "a-new-password-for-sessions-7"));

        HttpResponse<String> other = elsewhere.get("/");
        assertThat(other.statusCode()).as("the other session ended").isEqualTo(302);
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(here.get("/").statusCode()).as("the session that made the change").isEqualTo(200);
    }
}
