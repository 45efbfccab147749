package com.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every request's id over real HTTP: in the response header, in problems and in the request's log lines. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @Autowired
    TestData data;
    @LocalServerPort
    int port;

    @Test
    void anIdTheCallerSendsComesBackInTheHeaderAndTheProblem() {
        Response refused = ApiClient.at(port, null).get(CUSTOMERS, "X-Request-Id", "client-42.a_B");

        assertThat(refused.status()).as("the security chain's 401").isEqualTo(401);
        assertThat(refused.header("X-Request-Id")).isEqualTo("client-42.a_B");
        assertThat(refused.json().get("request_id").asString()).isEqualTo("client-42.a_B");

        Response notFound = ApiClient.at(port, data.apiToken(data.newProvider()))
                .get(ApiClient.DASHBOARD + "/no-such-thing/", "X-Request-Id", "lookup-7");
        assertThat(notFound.status()).as("Spring's own 404 problem").isEqualTo(404);
        assertThat(notFound.json().get("request_id").asString()).isEqualTo("lookup-7");
    }

    @Test
    void withoutAnIdOrWithAnOddOneTheServerGivesANewOne() {
        ApiClient anonymous = ApiClient.at(port, null);
        Response first = anonymous.get(CUSTOMERS);
        Response second = anonymous.get(CUSTOMERS);
        assertThat(first.header("X-Request-Id")).matches(UUID).isEqualTo(first.json().get("request_id").asString())
                .isNotEqualTo(second.header("X-Request-Id"));

        for (String odd : new String[] {"a".repeat(65), "two words", "id;drop", "ünïcode", "<script>"}) {
            Response response = anonymous.get(CUSTOMERS, "X-Request-Id", odd);
            assertThat(response.header("X-Request-Id")).as(odd).matches(UUID);
            assertThat(response.json().get("request_id").asString()).as(odd).isEqualTo(response.header("X-Request-Id"));
        }
        assertThat(anonymous.get(CUSTOMERS, "X-Request-Id", "b".repeat(64)).header("X-Request-Id"))
                .as("64 characters are fine").isEqualTo("b".repeat(64));
    }

    @Test
    void theUiAndStaticFilesAnswerWithTheIdToo() {
        ApiClient browser = ApiClient.at(port, null);
        assertThat(browser.get("/login", "X-Request-Id", "page-1").header("X-Request-Id")).isEqualTo("page-1");
        assertThat(browser.get("/icons/favicon.svg").header("X-Request-Id")).matches(UUID);
        assertThat(browser.get("/actuator/health").header("X-Request-Id")).matches(UUID);
    }

    /** The import logs its line on its own thread; the request's id goes with it. */
    @Test
    void aLogLineOfTheRequestCarriesItsId(CapturedOutput output) throws IOException {
        String token = data.apiToken(data.newProvider());
        ApiClient.Multipart file = ApiClient.multipart("bookings.csv", resource("bookings.csv"), "kind", "bookings");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ApiClient.DASHBOARD
                        + "/imports/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.body()))
                .header("Content-Type", file.contentType())
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "import-run-1")
                .build();

        Response response = ApiClient.send(request);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(output.getOut().lines().filter(line -> line.contains("Imported ") && line.contains(" bookings ")))
                .as("the import's line in the default pattern").singleElement().asString()
                .contains("[import-run-1] ");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RequestIdTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }
}
