package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A token that sends more than its rate gets 429 with Retry-After; other tokens are not affected. */
@IntegrationTest
class ApiRateLimitTest {

    static final String STATS = ApiClient.DASHBOARD + "/customer_stats/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    @Test
    void aBurstBeyondTheLimitIsAnsweredWith429AndRetryAfter() throws Exception {
        TestProvider provider = data.newProvider();
        ApiClient greedy = ApiClient.at(port, data.apiToken(provider));
        ApiClient other = ApiClient.at(port, data.apiToken(provider));

        // 150 requests as fast as 16 threads can send them: far more than a burst of 40 plus the refill
        // at 20 a second during the few hundred milliseconds they take.
        List<Response> responses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                futures.add(threads.submit(() -> greedy.get(STATS)));
            }
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
        }

        List<Response> limited = responses.stream().filter(response -> response.status() == 429).toList();
        assertThat(responses).allMatch(response -> response.status() == 200 || response.status() == 429);
        assertThat(responses.stream().filter(response -> response.status() == 200).count())
                .as("the burst went through").isGreaterThanOrEqualTo(40);
        assertThat(limited).as("requests beyond the limit").isNotEmpty();
        Response tooMany = limited.getFirst();
        assertThat(Integer.parseInt(tooMany.header("Retry-After"))).isBetween(1, 2);
        assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooMany.json().get("status").asInt()).isEqualTo(429);
        assertThat(tooMany.json().get("request_id").asString()).as("the request's id, as in its header")
                .isNotBlank().isEqualTo(tooMany.header("X-Request-Id"));
        assertThat(tooMany.json().get("detail").asString()).contains("20 a second");

        assertThat(other.get(STATS).status()).as("another token of the same account").isEqualTo(200);
        Thread.sleep(1_100);
        assertThat(greedy.get(STATS).status()).as("after Retry-After").isEqualTo(200);
    }
}
