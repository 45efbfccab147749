package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.ProviderDirectory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lock-out under parallel sign-ins, as an outside probe sent them: many wrong passwords and one
 * right one at the same moment. Every attempt is counted and audited, and the right password does
 * not get in (or clear the lock) once five failures have been counted.
 */
@IntegrationTest
class ConcurrentLoginTest {

    static final int ATTEMPTS = 16;
    static final int RIGHT_ONE = 10;

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProviderDirectory directory;

    @Test
    void parallelWrongPasswordsAreAllCountedAndTheLockHolds() throws Exception {
        TestProvider provider = data.newProvider();
        FormLogin[] clients = new FormLogin[ATTEMPTS];
        for (int i = 0; i < ATTEMPTS; i++) {
            clients[i] = FormLogin.fromOwnAddress(port);
            clients[i].get("/login");
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(ATTEMPTS)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                FormLogin client = clients[i];
                String password = i == RIGHT_ONE ? TestData.PASSWORD : "wrong-password-" + i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return client.login(provider.email(), password);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
        }

        assertThat(responses).as("every attempt answered as a sign-in, none as an error")
                .allMatch(r -> FormLogin.signedIn(r) || FormLogin.refused(r));
        for (int i = 0; i < ATTEMPTS; i++) {
            if (i != RIGHT_ONE) {
                assertThat(FormLogin.refused(responses.get(i))).as("wrong password %d", i).isTrue();
            }
        }
        assertThat(audits(provider.email(), "LOGIN_FAILED") + audits(provider.email(), "LOGIN_SUCCEEDED"))
                .as("one audit entry per attempt").isEqualTo(ATTEMPTS);
        assertThat(audits(provider.email(), "ACCOUNT_LOCKED")).as("locked exactly once").isEqualTo(1);
        assertThat(lockedUntilInFuture(provider.email())).as("the account ends locked").isTrue();

        long lockedAt = firstAuditId(provider.email(), "ACCOUNT_LOCKED");
        if (FormLogin.signedIn(responses.get(RIGHT_ONE))) {
            // Only allowed when the right password was settled before the fifth failure was counted.
            assertThat(firstAuditId(provider.email(), "LOGIN_SUCCEEDED")).isLessThan(lockedAt);
        } else {
            assertThat(audits(provider.email(), "LOGIN_SUCCEEDED")).isZero();
        }
        assertThat(FormLogin.refused(FormLogin.fromOwnAddress(port).login(provider.email(), TestData.PASSWORD)))
                .as("the right password afterwards").isTrue();
    }

    /** The race itself, step by step: the account is read unlocked, then locked, then the password checks out. */
    @Test
    void aRightPasswordCheckedWhileTheLockLandsIsRefusedAndLeavesTheLock() {
        TestProvider provider = data.newProvider();
        long accountId = directory.findLogin(provider.email()).orElseThrow().accountId();
        assertThat(directory.findLogin(provider.email()).orElseThrow().lockedUntil()).isNull();

        for (int i = 0; i < 5; i++) {
            directory.recordFailedLogin(provider.email());
        }

        assertThat(directory.recordSuccessfulLogin(accountId)).isFalse();
        assertThat(lockedUntilInFuture(provider.email())).isTrue();
        assertThat(audits(provider.email(), "LOGIN_SUCCEEDED")).isZero();
    }

    @Test
    void aRightPasswordOnALockedAccountIsRefusedAndAudited() {
        TestProvider provider = data.newProvider();
        FormLogin client = FormLogin.fromOwnAddress(port);
        for (int i = 0; i < 5; i++) {
            client.login(provider.email(), "wrong-" + i);
        }

        assertThat(FormLogin.refused(client.login(provider.email(), TestData.PASSWORD))).isTrue();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = 'LOGIN_FAILED'"
                + " AND details = 'account locked'").param(provider.email()).query(Long.class).single()).isEqualTo(1);
    }

    private boolean lockedUntilInFuture(String email) {
        return jdbc.sql("SELECT locked_until > UTC_TIMESTAMP(6) FROM account WHERE email = ?").param(email)
                .query(Boolean.class).single();
    }

    private long audits(String email, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ? AND action = ?").params(email, action)
                .query(Long.class).single();
    }

    private long firstAuditId(String email, String action) {
        return jdbc.sql("SELECT MIN(id) FROM audit_entry WHERE target = ? AND action = ?").params(email, action)
                .query(Long.class).single();
    }
}
