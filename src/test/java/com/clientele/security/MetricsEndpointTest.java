package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.demo.DemoAccounts;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.session.SessionRegistry;

/**
 * {@code /actuator/prometheus} over real HTTP: the scraper with the metrics token reads the business
 * meters, admins get in with their API token or session, everyone else gets a problem.
 */
@IntegrationTest
class MetricsEndpointTest {

    static final String PROMETHEUS = "/actuator/prometheus";

    @Autowired
    TestData data;
    @Autowired
    MetricsSettings settings;
    @Autowired
    SessionRegistry sessions;
    @LocalServerPort
    int port;

    @Test
    void theScraperWithTheMetricsTokenSeesABookingMadeOverTheApi() {
        TestProvider provider = data.newProvider();
        BookingRef earlier = data.book(provider, "Mona Metric", null, BookingStatus.COMPLETED, "20.00", 3);
        ApiClient scraper = ApiClient.at(port, settings.token());
        String before = scraper.get(PROMETHEUS).body();

        Response booked = ApiClient.at(port, data.apiToken(provider)).post(ApiClient.DASHBOARD + "/bookings/", """
                {"relation_id": %d, "service_name": "Colour", "start_time": "2026-03-10T14:30:00Z",
                 "duration_minutes": 45, "price": "30.00"}""".formatted(earlier.relationId()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        Response scraped = scraper.get(PROMETHEUS);
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.header("Content-Type")).startsWith("text/plain");
        String after = scraped.body();
        assertThat(value(after, "clientele_bookings_written_total", "kind=\"created\"")
                - value(before, "clientele_bookings_written_total", "kind=\"created\"")).isEqualTo(1.0);
        assertThat(value(after, "clientele_api_requests_total", "method=\"POST\"", "status=\"201\"")
                - value(before, "clientele_api_requests_total", "method=\"POST\"", "status=\"201\"")).isEqualTo(1.0);
        assertThat(after).as("every business meter is offered")
                .contains("clientele_mail_total{", "clientele_live_update_lag_seconds_count{",
                        "kind=\"status_changed\"", "kind=\"imported\"", "outcome=\"retry\"");
    }

    @Test
    void withoutAValidTokenItIsA401Problem() {
        for (String token : new String[] {null, "not-the-metrics-token-at-all", settings.token() + "x"}) {
            Response response = ApiClient.at(port, token).get(PROMETHEUS);
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
            assertThat(response.body()).doesNotContain("clientele_");
        }
    }

    @Test
    void anAdminsTokenOrSessionGetsInAndAMembersIsRefused() {
        assertThat(ApiClient.at(port, data.adminApiToken()).get(PROMETHEUS).status()).isEqualTo(200);
        Response member = ApiClient.at(port, data.apiToken(data.newProvider())).get(PROMETHEUS);
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.header("Content-Type")).startsWith("application/problem+json");

        FormLogin admin = FormLogin.fromOwnAddress(port);
        assertThat(FormLogin.signedIn(admin.login(DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD))).isTrue();
        HttpResponse<String> asAdmin = admin.get(PROMETHEUS);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("clientele_bookings_written_total");
        sessions.getSessionInformation(admin.sessionId().orElseThrow()).expireNow();
        HttpResponse<String> ended = admin.get(PROMETHEUS);
        assertThat(ended.statusCode()).as("a session an admin's account lost (disabled, password reset)")
                .isEqualTo(401);
        assertThat(ended.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        FormLogin provider = FormLogin.fromOwnAddress(port);
        assertThat(FormLogin.signedIn(provider.login(data.newProvider().email(), TestData.PASSWORD))).isTrue();
        assertThat(provider.get(PROMETHEUS).statusCode()).as("a provider's session").isEqualTo(403);
        data.revokeAdminApiTokens();
    }

    /** The value of the one sample of {@code name} with these labels in a Prometheus text scrape. */
    private static double value(String scrape, String name, String... labels) {
        return scrape.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce((one, other) -> {
                    throw new AssertionError("more than one sample of " + name + " with " + Arrays.toString(labels));
                })
                .orElse(0.0);
    }
}
