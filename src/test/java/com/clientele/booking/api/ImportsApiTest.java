package com.clientele.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.imports.ImportService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST …/imports/: the import screen's import over the API, with the same report as JSON. */
@IntegrationTest
class ImportsApiTest {

    static final String IMPORTS = ApiClient.DASHBOARD + "/imports/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;
    ApiClient api;

    @BeforeEach
    void setUp() {
        provider = data.newProvider();
        api = ApiClient.at(port, data.apiToken(provider));
    }

    @Test
    void aCustomerListIsImportedAndReportedWithEveryRefusedRow() throws IOException {
        Response response = api.postMultipart(IMPORTS, ApiClient.multipart("customers-invalid.csv",
                resource("customers-invalid.csv"), "kind", "customers", "mode", "skip-invalid"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("kind").asString()).isEqualTo("customers");
        assertThat(report.get("written").asBoolean()).isTrue();
        assertThat(report.get("rows").asInt()).isEqualTo(7);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("rejected_count").asInt()).isEqualTo(6);
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").get(0).get("reason").asString())
                .isEqualTo("E-mail “not-an-email”: Enter a valid e-mail address, like name@example.com");
        assertThat(relations()).isEqualTo(1);
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() throws IOException {
        Response response = api.postMultipart(IMPORTS, ApiClient.multipart("customers-notes.csv",
                resource("customers-notes.csv"), "dry_run", "true"));

        JsonNode report = response.json();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(report.get("dry_run").asBoolean()).isTrue();
        assertThat(report.get("written").asBoolean()).isFalse();
        assertThat(report.get("valid_rows").asInt()).isEqualTo(2);
        assertThat(report.get("created").isNull()).isTrue();
        assertThat(report.get("columns").get("notes").asString()).isEqualTo("Notes");
        assertThat(report.get("not_imported_columns").get(0).asString()).isEqualTo("Loyalty tier");
        assertThat(relations()).isZero();
    }

    @Test
    void allOrNothingWithARefusedRowWritesNothing() throws IOException {
        Response response = api.postMultipart(IMPORTS, ApiClient.multipart("customers-invalid.csv",
                resource("customers-invalid.csv"), "mode", "all-or-nothing"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("written").asBoolean()).isFalse();
        assertThat(response.json().get("rejected_count").asInt()).isEqualTo(6);
        assertThat(relations()).isZero();
    }

    @Test
    void theGuessedColumnsCanBeChanged() throws IOException {
        Response response = api.postMultipart(IMPORTS, ApiClient.multipart("customers-notes.csv",
                resource("customers-notes.csv"), "columns", "{\"notes\": null, \"phone\": \"Phone\"}"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("columns").has("notes")).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ? AND notes IS NOT NULL")
                .param(provider.id()).query(Long.class).single()).as("notes not read").isZero();
        assertThat(relations()).isEqualTo(2);
    }

    @Test
    void badParametersAndBadFilesAreProblemsNamingTheField() throws IOException {
        byte[] csv = resource("customers.csv");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("c.csv", csv, "kind", "orders")), 400, "kind");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("c.csv", csv, "mode", "sometimes")), 400, "mode");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("c.csv", csv, "dry_run", "maybe")), 400, "dry_run");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("c.csv", csv, "columns", "{\"shoe_size\": \"Name\"}")),
                400, "columns");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("c.csv", csv, "columns", "{\"name\": \"Nope\"}")), 400,
                "columns");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("c.csv", csv, "columns", "[1")), 400, "columns");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart(null, null, "kind", "customers")), 400, "file");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("c.xlsx", resource("customers.xlsx"))), 400, "file");
        byte[] utf16 = "name,email\nAda,ada@x.example\n".getBytes(StandardCharsets.UTF_16);
        Response wrongEncoding = api.postMultipart(IMPORTS, ApiClient.multipart("utf16.csv", utf16));
        assertProblem(wrongEncoding, 400, "file");
        assertThat(wrongEncoding.json().get("errors").get("file").asString()).contains("UTF-16");
        assertProblem(api.postMultipart(IMPORTS, ApiClient.multipart("bookings.csv", resource("bookings.csv"), "columns",
                "{\"status\": null}", "kind", "bookings")), 400, "columns");
        assertThat(relations()).isZero();
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAs413() {
        byte[] big = new byte[ImportService.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Response response = api.postMultipart(IMPORTS, ApiClient.multipart("big.csv", big));

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("10 MB");
    }

    @Test
    void anAdminTokenIsRefused() throws IOException {
        Response response = ApiClient.at(port, data.adminApiToken()).postMultipart(IMPORTS,
                ApiClient.multipart("customers.csv", resource("customers.csv")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").has(field)).as(response.body()).isTrue();
    }

    private long relations() {
        return jdbc.sql("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportsApiTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }
}
