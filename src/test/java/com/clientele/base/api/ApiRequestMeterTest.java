package com.clientele.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code clientele.api.requests} counts API answers by status, the ones no controller gave included. */
@IntegrationTest
class ApiRequestMeterTest {

    private static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    @Test
    void refusalsOfTheSecurityChainAndTheBodyCapAreCountedByStatus() {
        double unauthorized = count("GET", "401");
        double tooLarge = count("POST", "413");
        double otherUi = count("GET", "200");

        ApiClient.at(port, null).get(CUSTOMERS);
        ApiClient.at(port, null).get(CUSTOMERS);
        ApiClient.at(port, null).post(ApiClient.DASHBOARD + "/bookings/", "{\"notes\": \"" + "x".repeat(300_000) + "\"}");
        ApiClient.at(port, null).get("/login");

        assertThat(count("GET", "401") - unauthorized).isEqualTo(2);
        assertThat(count("POST", "413") - tooLarge).isEqualTo(1);
        assertThat(count("GET", "200")).as("the UI's requests are not the API's").isEqualTo(otherUi);
    }

    @Test
    void anOddMethodDoesNotMakeANewSeries() {
        double other = otherMethods();
        ApiClient.at(port, null).send("BREW", CUSTOMERS, null, null);
        assertThat(otherMethods() - other).isEqualTo(1);
        assertThat(meters.find(ApiRequestMeter.NAME).tag("method", "BREW").counter()).isNull();
    }

    private double otherMethods() {
        return meters.find(ApiRequestMeter.NAME).tag("method", "OTHER").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private double count(String method, String status) {
        Counter counter = meters.find(ApiRequestMeter.NAME).tag("method", method).tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }
}
