package com.clientele.provider.api;

import static com.clientele.provider.api.AdminApi.PROVIDERS;
import static com.clientele.provider.api.AdminApi.accounts;
import static com.clientele.provider.api.AdminApi.auditActions;
import static com.clientele.provider.api.AdminApi.json;
import static com.clientele.provider.api.AdminApi.newProvider;
import static com.clientele.provider.api.AdminApi.ok;
import static com.clientele.provider.api.AdminApi.problem;
import static com.clientele.provider.api.AdminApi.provider;
import static com.clientele.provider.api.AdminApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.api.AdminApi.Absent;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Bad input to the admin API: a 400 naming each parameter or field, and nothing written. */
@IntegrationTest
class ProvidersAdminApiBadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void adminToken() {
        admin = ApiClient.at(port, data.adminApiToken());
    }

    @AfterEach
    void revokeAdminTokens() {
        data.revokeAdminApiTokens();
    }

    @Test
    void anObsoleteCurrencyIsRefused() {
        String email = uniqueEmail("bad-afa");

        JsonNode errors = problem(admin.post(PROVIDERS, newProvider(email, "currency", "AFA")), 400);

        assertThat(errors.get("currency").asString()).isEqualTo("AFA is no longer in use; choose a current currency");
        assertThat(accounts(jdbc, email)).isZero();
    }

    @Test
    void createRefusesEachBadFieldByNameAndCreatesNothing() {
        Map<String, Object[]> cases = Map.ofEntries(
                Map.entry("email", new Object[] {"email", "not-an-address"}),
                Map.entry("time_zone", new Object[] {"time_zone", "Mars/Olympus"}),
                Map.entry("currency", new Object[] {"currency", "XYZ1"}),
                Map.entry("country", new Object[] {"country", "QQ"}),
                Map.entry("password", new Object[] {"password", "short1"}),
                Map.entry("business_name", new Object[] {"business_name", "   "}));
        cases.forEach((field, override) -> {
            String email = uniqueEmail("bad-" + field.replace('_', '-'));

            JsonNode errors = problem(admin.post(PROVIDERS, newProvider(email, override)), 400);

            assertThat(errors.propertyNames()).as(field).containsExactly(field);
            assertThat(accounts(jdbc, email)).as(field + ": nothing created").isZero();
            assertThat(auditActions(jdbc, email)).as(field + ": nothing audited").isEmpty();
        });
    }

    @Test
    void createNamesEveryBadFieldAtOnce() {
        String email = "not-an-address-" + System.nanoTime();

        JsonNode errors = problem(admin.post(PROVIDERS, newProvider(email, "time_zone", "UTC+25", "currency", "EURO",
                "country", "ZZ", "password", "onlyletters")), 400);

        assertThat(errors.propertyNames()).containsExactlyInAnyOrder("email", "time_zone", "currency", "country",
                "password");
        assertThat(errors.get("password").asString()).contains("letters and digits");
        assertThat(errors.get("time_zone").asString()).isEqualTo("Unknown time zone");
    }

    @Test
    void aDuplicateEmailIsRefusedWhateverItsCase() {
        TestProvider existing = data.newProvider();
        long before = jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();

        JsonNode errors = problem(admin.post(PROVIDERS, newProvider(existing.email().toUpperCase(),
                "business_name", "Copycat")), 400);

        assertThat(errors.propertyNames()).containsExactly("email");
        assertThat(errors.get("email").asString()).contains("already exists");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).isEqualTo(before);
        assertThat(admin.get(PROVIDERS + "?search=Copycat").json().get("count").asLong()).isZero();
    }

    @Test
    void createRefusesABodyOfTheWrongShape() {
        String email = uniqueEmail("shape");
        assertErrors(admin.post(PROVIDERS, newProvider(email, "password", Absent.FIELD)), "password");
        assertErrors(admin.post(PROVIDERS, newProvider(email, "generate_password", true)), "password");
        assertErrors(admin.post(PROVIDERS, newProvider(email, "password", Absent.FIELD, "generate_password", true,
                "password_change_required", false)), "password_change_required");
        assertErrors(admin.post(PROVIDERS, newProvider(email, "business_name", Absent.FIELD, "currency",
                Absent.FIELD)), "business_name", "currency");
        assertErrors(admin.post(PROVIDERS, newProvider(email, "business_name", 42, "generate_password", "yes")),
                "business_name", "generate_password");
        assertErrors(admin.post(PROVIDERS, newProvider(email, "role", "ADMIN")), "role");
        assertErrors(admin.post(PROVIDERS, "[]"), "body");
        assertErrors(admin.post(PROVIDERS, "{\"business_name\": "), "body");
        assertThat(accounts(jdbc, email)).isZero();
    }

    @Test
    void patchRefusesEachBadFieldByNameAndChangesNothing() {
        TestProvider provider = data.newProvider();
        TestProvider other = data.newProvider();
        String path = provider(provider.id());
        JsonNode before = ok(admin.get(path));

        assertErrors(admin.patch(path, json("email", other.email().toUpperCase())), "email");
        assertErrors(admin.patch(path, json("email", "no-at-sign")), "email");
        assertErrors(admin.patch(path, json("time_zone", "Europe/Atlantis")), "time_zone");
        assertErrors(admin.patch(path, json("currency", "ABCD")), "currency");
        assertErrors(admin.patch(path, json("country", "XX")), "country");
        assertErrors(admin.patch(path, json("business_name", null)), "business_name");
        assertErrors(admin.patch(path, json("business_name", "n".repeat(201))), "business_name");
        assertErrors(admin.patch(path, json("business_name", "Fine", "currency", "NOPE")), "currency");
        assertErrors(admin.patch(path, json("password", "new-password-123")), "password");
        assertErrors(admin.patch(path, json("business_name", true)), "business_name");
        assertErrors(admin.patch(path, "{}"), "body");
        assertErrors(admin.patch(path, "\"Renamed\""), "body");

        assertThat(ok(admin.get(path))).isEqualTo(before);
        assertThat(auditActions(jdbc, provider.email())).containsExactly("PROVIDER_CREATED");
    }

    @Test
    void theListNamesEachBadParameter() {
        assertErrors(admin.get(PROVIDERS + "?status=active"), "status");
        assertErrors(admin.get(PROVIDERS + "?ordering=name"), "ordering");
        assertErrors(admin.get(PROVIDERS + "?ordering=--email"), "ordering");
        assertErrors(admin.get(PROVIDERS + "?page=0"), "page");
        assertErrors(admin.get(PROVIDERS + "?page=-1"), "page");
        assertErrors(admin.get(PROVIDERS + "?page=two"), "page");
        assertErrors(admin.get(PROVIDERS + "?page_size=0"), "page_size");
        assertErrors(admin.get(PROVIDERS + "?page_size=101"), "page_size");
        assertErrors(admin.get(PROVIDERS + "?search=" + "x".repeat(255)), "search");
        assertErrors(admin.get(PROVIDERS + "?search=nobody-" + System.nanoTime() + "&page=2"), "page");
        assertErrors(admin.get(PROVIDERS + "?status=on&ordering=size&page=0&page_size=500"), "status", "ordering",
                "page", "page_size");
        assertThat(ok(admin.get(PROVIDERS + "?page_size=100")).get("results").size()).isLessThanOrEqualTo(100);
    }

    @Test
    void theWrongContentTypeIs415AndNothingIsCreated() {
        String email = uniqueEmail("content-type");

        problem(admin.send("POST", PROVIDERS, "text/plain", newProvider(email)), 415);

        assertThat(accounts(jdbc, email)).isZero();
    }

    private static void assertErrors(Response response, String... fields) {
        assertThat(problem(response, 400).propertyNames()).as(response.toString())
                .containsExactlyInAnyOrder(fields);
    }
}
