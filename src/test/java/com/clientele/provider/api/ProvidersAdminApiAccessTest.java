package com.clientele.provider.api;

import static com.clientele.provider.api.AdminApi.PROVIDERS;
import static com.clientele.provider.api.AdminApi.accounts;
import static com.clientele.provider.api.AdminApi.json;
import static com.clientele.provider.api.AdminApi.newProvider;
import static com.clientele.provider.api.AdminApi.ok;
import static com.clientele.provider.api.AdminApi.problem;
import static com.clientele.provider.api.AdminApi.provider;
import static com.clientele.provider.api.AdminApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.BrowserClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.CreatedApiToken;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.PasswordService;
import com.clientele.provider.ProviderDirectory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Who may use the admin API (an admin's token, nobody else), what its actions do to a provider's
 * access and sessions, and the audit trail they leave.
 */
@IntegrationTest
class ProvidersAdminApiAccessTest {

    static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PasswordService passwords;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String adminToken;
    ApiClient admin;

    @BeforeEach
    void adminToken() {
        adminToken = data.adminApiToken();
        admin = ApiClient.at(port, adminToken);
    }

    @AfterEach
    void revokeAdminTokens() {
        data.revokeAdminApiTokens();
    }

    @Test
    void aProvidersTokenGets403OnEveryAdminEndpointAndChangesNothing() {
        TestProvider target = data.newProvider();
        TestProvider caller = data.newProvider();
        ApiClient provider = ApiClient.at(port, data.apiToken(caller));
        JsonNode before = ok(admin.get(provider(target.id())));
        String email = uniqueEmail("by-provider");

        for (Endpoint endpoint : adminEndpoints()) {
            Response response = endpoint.call(provider, target.id(), email);
            problem(response, 403);
            assertThat(response.json().get("detail").asString()).as(endpoint.toString())
                    .isEqualTo("You are not allowed to do that.");
        }

        assertThat(ok(admin.get(provider(target.id())))).isEqualTo(before);
        assertThat(accounts(jdbc, email)).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor = :caller OR target = :target")
                .param("caller", caller.email()).param("target", target.email()).query(String.class).list())
                // The token's first use from this address is recorded; the refused calls write nothing.
                .containsExactlyInAnyOrder("API_TOKEN_CREATED", "PROVIDER_CREATED", "API_TOKEN_NEW_ADDRESS");
    }

    @Test
    void noTokenAnUnknownOneOrARevokedOneGets401OnEveryAdminEndpoint() {
        TestProvider target = data.newProvider();
        CreatedApiToken revoked = data.asAdmin(() -> tokens.create("Revoked script"));
        data.asAdmin(() -> tokens.revoke(revoked.summary().id()));
        String email = uniqueEmail("unauthenticated");

        for (ApiClient client : List.of(ApiClient.at(port, null), ApiClient.at(port, "clt_" + "x".repeat(43)),
                ApiClient.at(port, revoked.token()))) {
            for (Endpoint endpoint : adminEndpoints()) {
                Response response = endpoint.call(client, target.id(), email);
                problem(response, 401);
                assertThat(response.header("WWW-Authenticate")).as(endpoint.toString()).startsWith("Bearer");
            }
        }
        assertThat(accounts(jdbc, email)).isZero();
        assertThat(ok(admin.get(provider(target.id()))).get("status").asString()).isEqualTo("enabled");
    }

    @Test
    void anAdminsSignedInBrowserSessionDoesNotCountOnTheApi() {
        BrowserClient browser = BrowserClient.at(port);
        assertThat(browser.signsIn(DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD)).isTrue();
        assertThat(browser.get("/admin/providers").statusCode()).as("signed in").isEqualTo(200);

        HttpResponse<String> response = browser.get(PROVIDERS);

        assertThat(response.statusCode()).as("bearer tokens only: a session cookie can be sent by another site")
                .isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void disablingThroughTheApiEndsTheProvidersApiAccessAndSessionUntilEnabledAgain() {
        TestProvider provider = data.newProvider();
        ApiClient providerApi = ApiClient.at(port, data.apiToken(provider));
        BrowserClient browser = BrowserClient.at(port);
        assertThat(browser.signsIn(provider.email(), TestData.PASSWORD)).isTrue();
        assertThat(browser.get("/customers").statusCode()).as("signed in").isEqualTo(200);
        assertThat(providerApi.get(CUSTOMERS).status()).isEqualTo(200);

        ok(admin.post(provider(provider.id()) + "disable/", null));

        problem(providerApi.get(CUSTOMERS), 401);
        HttpResponse<String> page = browser.get("/customers");
        assertThat(page.statusCode()).as("the open session ended").isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(BrowserClient.at(port).signsIn(provider.email(), TestData.PASSWORD)).isFalse();

        ok(admin.post(provider(provider.id()) + "enable/", null));

        assertThat(providerApi.get(CUSTOMERS).status()).isEqualTo(200);
        assertThat(BrowserClient.at(port).signsIn(provider.email(), TestData.PASSWORD)).isTrue();
    }

    @Test
    void resetThroughTheApiGivesAPasswordThatSignsInAndMustBeChanged() {
        TestProvider provider = data.newProvider();
        BrowserClient browser = BrowserClient.at(port);
        assertThat(browser.signsIn(provider.email(), TestData.PASSWORD)).isTrue();
        assertThat(data.as(provider, () -> passwords.mustChangePassword())).isFalse();

        String password = ok(admin.post(provider(provider.id()) + "reset_password/", null))
                .get("generated_password").asString();

        assertThat(browser.get("/customers").statusCode()).as("the session open before the reset ended")
                .isEqualTo(302);
        assertThat(BrowserClient.at(port).signsIn(provider.email(), TestData.PASSWORD)).as("old password").isFalse();
        assertThat(BrowserClient.at(port).signsIn(provider.email(), password)).as("new password").isTrue();
        assertThat(data.as(provider, () -> passwords.mustChangePassword())).isTrue();
        assertThat(ok(admin.get(provider(provider.id()))).get("password_change_required").asBoolean()).isTrue();
    }

    @Test
    void everyActionThroughTheApiIsAuditedWithTheTokensAdminAsActor() {
        String email = uniqueEmail("audited");
        Response created = admin.post(PROVIDERS, newProvider(email, "business_name", "Audit Salon"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = provider(created.json().get("id").asLong());
        ok(admin.patch(path, json("business_name", "Audit Salon & Spa")));
        ok(admin.post(path + "disable/", null));
        ok(admin.post(path + "enable/", null));
        for (int i = 0; i < 5; i++) {
            directory.recordFailedLogin(email);
        }
        ok(admin.post(path + "unlock/", null));
        String password = ok(admin.post(path + "reset_password/", null)).get("generated_password").asString();

        List<Map<String, Object>> entries = jdbc.sql("SELECT actor, action, details, remote_address FROM audit_entry"
                + " WHERE target = :email AND action NOT IN ('LOGIN_FAILED', 'ACCOUNT_LOCKED') ORDER BY id")
                .param("email", email).query().listOfRows();
        assertThat(entries).extracting(entry -> entry.get("action")).containsExactly("PROVIDER_CREATED",
                "PROVIDER_UPDATED", "PROVIDER_DISABLED", "PROVIDER_ENABLED", "ACCOUNT_UNLOCKED", "PASSWORD_RESET");
        assertThat(entries).extracting(entry -> entry.get("actor")).containsOnly(DemoAccounts.ADMIN_EMAIL);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.get("remote_address")).isNotNull());
        assertThat(entries.get(1).get("details")).isEqualTo("Business name: Audit Salon → Audit Salon & Spa");
        assertThat(entries).allSatisfy(entry -> assertThat(String.valueOf(entry.get("details")))
                .doesNotContain(password, AdminApi.PASSWORD));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :admin AND action = 'API_TOKEN_CREATED'"
                        + " AND details LIKE :prefix")
                .param("admin", DemoAccounts.ADMIN_EMAIL).param("prefix", "%(" + adminToken.substring(0, 12) + "…)%")
                .query(Long.class).single()).as("the admin's token itself was audited").isEqualTo(1);
    }

    /** Every admin endpoint the application serves, found from its mappings so that a new one is covered too. */
    private List<Endpoint> adminEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/admin/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> endpoints.add(new Endpoint(verb.name(), path)))));
        assertThat(endpoints).extracting(Endpoint::toString).contains("GET /api/admin/providers/",
                "POST /api/admin/providers/", "GET /api/admin/providers/{provider_id}/",
                "PATCH /api/admin/providers/{provider_id}/", "POST /api/admin/providers/{provider_id}/disable/",
                "POST /api/admin/providers/{provider_id}/enable/", "POST /api/admin/providers/{provider_id}/unlock/",
                "POST /api/admin/providers/{provider_id}/reset_password/");
        return endpoints;
    }

    private record Endpoint(String verb, String pattern) {

        /** Calls the endpoint for the provider as a well-formed request would; a create uses the e-mail. */
        Response call(ApiClient client, long providerId, String email) {
            String path = pattern.replace("{provider_id}", String.valueOf(providerId));
            String body = switch (verb) {
                case "POST" -> pattern.equals(PROVIDERS) ? newProvider(email) : null;
                case "PATCH" -> json("business_name", "Taken over");
                default -> null;
            };
            return client.send(verb, path, body == null ? null : "application/json", body);
        }

        @Override
        public String toString() {
            return verb + " " + pattern;
        }
    }
}
