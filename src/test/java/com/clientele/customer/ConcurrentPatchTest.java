package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.Workspace.Fixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Concurrent PATCHes of one customer. Without If-Match a change applies to whatever is current
 * (README), so every writer succeeds; with If-Match a change based on an old read is a 409.
 */
@IntegrationTest
class ConcurrentPatchTest {

    static final int WRITERS = 20;

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcClient jdbc;

    @Test
    void unconditionalWritersAllSucceedAndEachChangeIsApplied() throws Exception {
        Fixture fixture = workspace.create();
        ApiClient api = ApiClient.at(port, data.apiToken(fixture.provider()));
        String path = ApiClient.DASHBOARD + "/customers/" + fixture.relation("Cara") + "/";
        Response before = api.get(path);
        long versionBefore = version(before);

        List<Response> responses = concurrently(i -> () -> api.patch(path, "{\"notes\": \"writer " + i + "\"}"));

        for (int i = 0; i < WRITERS; i++) {
            Response response = responses.get(i);
            assertThat(response.status()).as("writer %d: %s", i, response.body()).isEqualTo(200);
            assertThat(response.json().get("notes").asString()).as("writer %d's change applied", i)
                    .isEqualTo("writer " + i);
        }
        Response after = api.get(path);
        assertThat(after.json().get("notes").asString()).startsWith("writer ");
        assertThat(version(after)).as("one version per change").isEqualTo(versionBefore + WRITERS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_event WHERE customer_id = ? AND type = 'NOTE_CHANGED'")
                .param(fixture.customer("Cara")).query(Long.class).single()).as("one timeline entry per change")
                .isEqualTo(WRITERS);

        Response stale = api.patch(path, "{\"notes\": \"from an old read\"}", "If-Match", before.header("ETag"));
        assertThat(stale.status()).as("If-Match with a stale version").isEqualTo(409);
        assertThat(api.get(path).json().get("notes").asString()).isEqualTo(after.json().get("notes").asString());
    }

    @Test
    void conditionalWritersOnTheSameReadGetOneSuccessAndConflicts() throws Exception {
        Fixture fixture = workspace.create();
        ApiClient api = ApiClient.at(port, data.apiToken(fixture.provider()));
        String path = ApiClient.DASHBOARD + "/customers/" + fixture.relation("Dan") + "/";
        String etag = api.get(path).header("ETag");

        List<Response> responses = concurrently(i -> () -> api.patch(path, "{\"notes\": \"writer " + i + "\"}",
                "If-Match", etag));

        assertThat(responses).allMatch(r -> r.status() == 200 || r.status() == 409);
        assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
    }

    private static List<Response> concurrently(IntFunction<java.util.concurrent.Callable<Response>> writer)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Response> responses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                java.util.concurrent.Callable<Response> call = writer.apply(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
        }
        return responses;
    }

    private static long version(Response response) {
        return Long.parseLong(response.header("ETag").replace("\"", ""));
    }
}
