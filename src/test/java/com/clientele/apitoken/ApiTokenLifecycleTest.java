package com.clientele.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.i18n.English;
import com.clientele.demo.DemoAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A token from creation to revocation, and every way a request without a good token is refused. */
@IntegrationTest
class ApiTokenLifecycleTest {

    static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenWorksUntilItIsRevokedAndThenNeverAgain() {
        TestProvider provider = data.newProvider();
        CreatedApiToken created = data.as(provider, () -> tokens.create("Booking website"));

        assertThat(created.token()).startsWith("clt_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(ApiClient.at(port, created.token()).get(CUSTOMERS).status()).isEqualTo(200);

        ApiTokenSummary revoked = data.as(provider, () -> tokens.revoke(created.summary().id()));

        assertThat(revoked.active()).isFalse();
        Response refused = ApiClient.at(port, created.token()).get(CUSTOMERS);
        assertUnauthorized(refused);
        assertThat(refused.header("WWW-Authenticate")).contains("Bearer", "invalid_token");
        assertThat(data.as(provider, () -> tokens.revoke(created.summary().id())).revokedAt())
                .as("revoking twice changes nothing").isEqualTo(revoked.revokedAt());
    }

    @Test
    void onlyTheHashAndTheFirstCharactersAreStored() throws Exception {
        TestProvider provider = data.newProvider();
        CreatedApiToken created = data.as(provider, () -> tokens.create("CRM"));

        Map<String, Object> row = jdbc.sql("SELECT * FROM api_token WHERE id = :id")
                .param("id", created.summary().id()).query().singleRow();

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(created.token().getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(sha256);
        assertThat(row.get("token_prefix")).isEqualTo(created.token().substring(0, 12));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(created.token()));
        assertThat(created.summary().prefix()).isEqualTo(created.token().substring(0, 12));
    }

    @Test
    void requestsWithoutAGoodTokenGet401ProblemsNeverADifferentAnswer() {
        assertUnauthorized(ApiClient.at(port, null).get(CUSTOMERS));
        assertUnauthorized(ApiClient.at(port, "clt_" + "x".repeat(43)).get(CUSTOMERS));
        assertUnauthorized(ApiClient.at(port, null).get(CUSTOMERS, "Authorization", "Bearer "));
        assertUnauthorized(ApiClient.at(port, null).get(CUSTOMERS, "Authorization", "Basic c3R1ZGlvOnB3"));
        assertUnauthorized(ApiClient.at(port, null).get(CUSTOMERS, "Authorization", "Bearer " + "a".repeat(500)));
        assertUnauthorized(ApiClient.at(port, null).get(ApiClient.DASHBOARD + "/no-such-endpoint/"));
        assertUnauthorized(ApiClient.at(port, null).patch(CUSTOMERS + "1/", "{\"notes\":\"x\"}"));
        assertThat(ApiClient.at(port, null).get(CUSTOMERS).json().get("detail").asString())
                .contains("Authorization: Bearer");
    }

    @Test
    void aDisabledAccountsTokensStopWorkingAndWorkAgainWhenEnabled() {
        TestProvider provider = data.newProvider();
        ApiClient api = ApiClient.at(port, data.apiToken(provider));
        assertThat(api.get(CUSTOMERS).status()).isEqualTo(200);

        data.setEnabled(provider.email(), false);
        try {
            assertUnauthorized(api.get(CUSTOMERS));
        } finally {
            data.setEnabled(provider.email(), true);
        }
        assertThat(api.get(CUSTOMERS).status()).isEqualTo(200);
    }

    @Test
    void lastUseIsRecorded() {
        TestProvider provider = data.newProvider();
        CreatedApiToken created = data.as(provider, () -> tokens.create("Reporting"));
        assertThat(created.summary().lastUsedAt()).isNull();

        ApiClient.at(port, created.token()).get(ApiClient.DASHBOARD + "/customer_stats/");

        assertThat(data.as(provider, () -> tokens.list()).getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void creatingAndRevokingAreAudited() {
        TestProvider provider = data.newProvider();
        CreatedApiToken created = data.as(provider, () -> tokens.create("Audited"));
        data.as(provider, () -> tokens.revoke(created.summary().id()));

        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE actor = :email ORDER BY id")
                .param("email", provider.email()).query(String.class).list();
        assertThat(actions).containsSubsequence("API_TOKEN_CREATED", "API_TOKEN_REVOKED");
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE actor = :email AND action = 'API_TOKEN_CREATED'")
                .param("email", provider.email()).query(String.class).single())
                .contains("Audited", created.summary().prefix()).doesNotContain(created.token());
    }

    @Test
    void accountsSeeAndRevokeOnlyTheirOwnTokens() {
        TestProvider owner = data.newProvider();
        TestProvider other = data.newProvider();
        CreatedApiToken created = data.as(owner, () -> tokens.create("Mine"));

        assertThat(data.as(other, () -> tokens.list())).isEmpty();
        assertThatThrownBy(() -> data.as(other, () -> tokens.revoke(created.summary().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(ApiClient.at(port, created.token()).get(CUSTOMERS).status()).isEqualTo(200);
    }

    @Test
    void aTokenNeedsAName() {
        TestProvider provider = data.newProvider();

        for (String name : new String[] {null, "  ", "n".repeat(101)}) {
            assertThatThrownBy(() -> data.as(provider, () -> tokens.create(name)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("name"));
        }
        assertThat(data.as(provider, () -> tokens.list())).isEmpty();
    }

    @Test
    void anAdminsTokenIsNotAProviderToken() {
        String adminToken = data.asAdmin(() -> tokens.create("Admin scripts").token());

        Response response = ApiClient.at(port, adminToken).get(CUSTOMERS);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void theDocumentedDemoTokenListsTheDemoProvidersCustomers() {
        Response response = ApiClient.at(port, DemoAccounts.API_TOKEN).get(CUSTOMERS + "?page_size=1");

        assertThat(response.status()).isEqualTo(200);
        long studioCustomers = jdbc.sql("SELECT COUNT(*) FROM provider_customer pc JOIN provider p ON p.id ="
                        + " pc.provider_id JOIN account a ON a.id = p.account_id WHERE a.email = :email")
                .param("email", DemoAccounts.PROVIDER_EMAIL).query(Long.class).single();
        assertThat(response.json().get("count").asLong()).isEqualTo(studioCustomers).isPositive();
    }

    static void assertUnauthorized(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("title").asString()).isEqualTo("Unauthorized");
    }
}
