package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Unauthenticated traffic is limited with Bucket4j: failed sign-ins per client address (30 per 10
 * minutes) and per account (20 per 15 minutes), unknown API tokens per address (20 a minute; the
 * test configuration raises that for the suite, and the test sends as many as configured).
 * Each test sends from loopback addresses of its own (127.0.2.x).
 */
@IntegrationTest
class SignInThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Value("${app.security.login-limit.bad-tokens-per-address}")
    int badTokensPerAddress;

    @Test
    void oneAddressTryingManyAccountsIsLimitedAndSuccessesDoNotCount() {
        TestProvider provider = data.newProvider();
        FormLogin client = FormLogin.fromOwnAddress(port);
        for (int i = 1; i <= 29; i++) {
            assertThat(FormLogin.refused(client.login("nobody-" + i + "-" + provider.id() + "@test.example", "pw-" + i)))
                    .as("failure %d", i).isTrue();
        }
        assertThat(FormLogin.signedIn(FormLogin.from(port, client.address()).login(provider.email(), TestData.PASSWORD)))
                .as("a successful sign-in from the same address").isTrue();
        assertThat(FormLogin.refused(client.login("nobody-30-" + provider.id() + "@test.example", "pw-30")))
                .as("the 30th failure: the success gave its attempt back").isTrue();

        HttpResponse<String> throttled = client.login("nobody-31-" + provider.id() + "@test.example", "pw-31");

        assertThat(throttled.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 600L);
        assertThat(throttled.body()).contains("Too many sign-in attempts, try again in")
                .contains("url=login?throttled=" + (retryAfter + 59) / 60);
        assertThat(FormLogin.fromOwnAddress(port).login(provider.email(), TestData.PASSWORD).statusCode())
                .as("another address").isEqualTo(302);
    }

    @Test
    void oneAccountTriedFromManyAddressesIsLimited() {
        TestProvider provider = data.newProvider();
        for (int i = 1; i <= 20; i++) {
            assertThat(FormLogin.fromOwnAddress(port).login(provider.email(), "wrong-" + i).statusCode())
                    .as("attempt %d", i).isEqualTo(302);
        }

        HttpResponse<String> throttled = FormLogin.fromOwnAddress(port).login(provider.email(), "wrong-21");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(FormLogin.fromOwnAddress(port).login(" " + provider.email().toUpperCase() + " ", "wrong-22")
                .statusCode()).as("the same account typed differently").isEqualTo(429);
    }

    @Test
    void somethingNoAccountCanHaveTakesNoAccountLimit() {
        String junk = "x".repeat(300) + "@example.com";
        for (int i = 1; i <= 21; i++) {
            assertThat(FormLogin.fromOwnAddress(port).login(junk, "wrong-" + i).statusCode())
                    .as("attempt %d: only the address's limit applies", i).isEqualTo(302);
        }
    }

    @Test
    void unknownApiTokensAreLimitedPerAddressBeforeAnyLookup() throws Exception {
        TestProvider provider = data.newProvider();
        String valid = data.apiToken(provider);
        InetAddress address = FormLogin.newAddress();
        HttpClient client = HttpClient.newBuilder().localAddress(address).build();

        assertThat(get(client, valid).statusCode()).as("valid tokens do not count").isEqualTo(200);
        // The bucket refills (per minute) while the requests go out: count the 401s until the first 429.
        long started = System.nanoTime();
        int unauthorized = 0;
        HttpResponse<String> throttled = get(client, "clt_unknown_0");
        while (throttled.statusCode() == 401 && unauthorized <= 2 * badTokensPerAddress) {
            unauthorized++;
            throttled = get(client, "clt_unknown_" + unauthorized);
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        assertThat(unauthorized).as("401s before the limit").isBetween(badTokensPerAddress,
                badTokensPerAddress + (int) Math.ceil(minutes * badTokensPerAddress) + 1);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(throttled.body()).contains("\"status\":429").contains("unknown API tokens");
        HttpClient other = HttpClient.newBuilder().localAddress(FormLogin.newAddress()).build();
        assertThat(get(other, "clt_unknown_x").statusCode()).as("another address").isEqualTo(401);
    }

    private HttpResponse<String> get(HttpClient client, String token) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ApiClient.DASHBOARD
                        + "/customer_stats/")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
