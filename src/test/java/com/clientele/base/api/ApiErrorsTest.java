package com.clientele.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Whatever goes wrong under /api, and whoever notices it (Spring Security, Spring MVC before any
 * controller, a controller, the servlet container), the client gets application/problem+json.
 */
@IntegrationTest
class ApiErrorsTest {

    static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.at(port, data.apiToken(data.newProvider()));
    }

    @Test
    void unknownPathsAre404ProblemsEvenForBrowsers() {
        assertProblem(api.get("/api/nothing/here/", "Accept", "text/html"), 404);
        assertProblem(api.get(ApiClient.DASHBOARD + "/customers", "Accept", "text/html"), 404);
        assertProblem(api.get(ApiClient.DASHBOARD + "/customer_stats"), 404);
        assertProblem(api.get("/api/"), 404);
        assertThat(api.get("/api/nothing/").json().get("detail").asString()).isEqualTo("No such endpoint: GET /api/nothing/");
    }

    @Test
    void refusalsFollowAcceptLanguageWhileTitlesAndFieldNamesStayEnglish() {
        String path = CUSTOMERS + "?page_size=500";
        JsonNode english = assertProblem(api.get(path), 400);
        assertThat(english.get("errors").get("page_size").asString()).isEqualTo("Between 1 and 100");
        assertThat(english.get("detail").asString()).isEqualTo("page_size: Between 1 and 100");

        Response german = api.get(path, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
        JsonNode problem = assertProblem(german, 400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isEqualTo("page_size: Zwischen 1 und 100");
        assertThat(german.header("Content-Language")).isEqualTo("de");

        JsonNode french = assertProblem(api.get(CUSTOMERS + "999999999/", "Accept-Language", "fr"), 404);
        assertThat(french.get("detail").asString()).isEqualTo("Client introuvable");

        assertThat(api.get(path, "Accept-Language", "xx, *;q=0.1").json().get("detail").asString())
                .as("a language we do not speak").isEqualTo("page_size: Between 1 and 100");
        assertThat(api.get(path, "Accept-Language", "de;q=abc").json().get("detail").asString())
                .as("an unreadable header").isEqualTo("page_size: Between 1 and 100");
    }

    @Test
    void wrongMethodIs405() {
        Response response = api.send("DELETE", CUSTOMERS + "1/", null, null);
        assertProblem(response, 405);
        assertThat(response.header("Allow")).contains("PATCH");
        assertProblem(api.send("PUT", ApiClient.DASHBOARD + "/customer_stats/", "application/json", "{}"), 405);
    }

    @Test
    void wrongContentTypeIs415() {
        assertProblem(api.send("PATCH", CUSTOMERS + "1/", "text/plain", "notes"), 415);
        assertProblem(api.send("POST", CUSTOMERS + "1/send_message/", "application/xml", "<m/>"), 415);
    }

    @Test
    void unacceptableAcceptStillGetsAProblem() {
        Response response = api.get(ApiClient.DASHBOARD + "/customer_stats/", "Accept", "text/html");
        assertProblem(response, 406);
    }

    @Test
    void oversizedBodiesAre413WithOrWithoutContentLength() {
        String big = "{\"notes\": \"" + "n".repeat(300 * 1024) + "\"}";

        assertProblem(api.patch(CUSTOMERS + "1/", big), 413);

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(api.base() + CUSTOMERS + "1/"))
                .header("Authorization", "Bearer " + data.apiToken(data.newProvider()))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
                .build();
        assertProblem(ApiClient.send(chunked), 413);
    }

    @Test
    void theDocsAreNotBehindTheApiChainAndUiPathsAreNotApiProblems() {
        assertThat(ApiClient.at(port, null).get("/v3/api-docs").status()).isEqualTo(200);
        Response ui = ApiClient.at(port, null).get("/customers", "Accept", "text/html");
        assertThat(ui.status()).as("the UI chain sends browsers to the login page").isEqualTo(302);
        assertThat(ui.header("Location")).endsWith("/login");
    }

    static JsonNode assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<html", "<!doctype", "Exception", "at org.", "at com.");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/api/");
        return problem;
    }
}
