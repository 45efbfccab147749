package com.clientele.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerService;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Provider A's token never reaches provider B's customers, and cannot tell them from ids that do not exist. */
@IntegrationTest
class ProviderIsolationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;

    @Test
    void anotherProvidersCustomerIsA404LikeAMissingOneOnEveryEndpoint() {
        Fixture a = workspace.create();
        Fixture b = workspace.create();
        ApiClient api = ApiClient.at(port, data.apiToken(a.provider()));
        long theirs = b.relation("Anna");
        long missing = Long.MAX_VALUE - 1;
        CustomerDetails before = data.as(b.provider(), () -> customers.details(theirs));

        List<Function<Long, Response>> calls = List.of(
                id -> api.get(customer(id)),
                id -> api.patch(customer(id), "{\"notes\": \"Seen by A\", \"is_favorite_customer\": true}"),
                id -> api.patch(customer(id), "{\"is_blocked\": true, \"blocked_reason\": \"A says so\"}"),
                id -> api.post(customer(id) + "toggle_favorite/", null),
                id -> api.post(customer(id) + "toggle_block/", "{\"blocked_reason\": \"A says so\"}"),
                id -> api.get(customer(id) + "booking_history/"),
                id -> api.post(customer(id) + "send_message/", "{\"subject\": \"Hi\", \"body\": \"From A\"}"));
        for (Function<Long, Response> call : calls) {
            Response other = call.apply(theirs);
            Response absent = call.apply(missing);
            assertThat(other.status()).as(other.toString()).isEqualTo(404);
            assertThat(other.header("Content-Type")).startsWith("application/problem+json");
            assertThat(other.problem()).isEqualTo(absent.problem());
        }

        CustomerDetails after = data.as(b.provider(), () -> customers.details(theirs));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void listsStatsActivityAndExportHoldOnlyTheCallersCustomers() {
        Fixture a = workspace.create();
        Fixture b = workspace.create();
        ApiClient api = ApiClient.at(port, data.apiToken(a.provider()));
        String bobOfB = "bob.p" + b.provider().id();

        JsonNode list = api.get(ApiClient.DASHBOARD + "/customers/?page_size=100").json();
        assertThat(list.get("count").asInt()).isEqualTo(7);
        list.get("results").forEach(result -> assertThat(result.get("id").asLong())
                .isIn(a.customers().values().stream().map(ref -> ref.relationId()).toList()));
        assertThat(api.get(ApiClient.DASHBOARD + "/customers/?search=" + bobOfB).json().get("count").asInt()).isZero();
        assertThat(api.get(ApiClient.DASHBOARD + "/customer_stats/").json().get("total_customers").asInt())
                .isEqualTo(7);
        api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=100").json().forEach(event ->
                assertThat(event.get("relation_id").asLong())
                        .isIn(a.customers().values().stream().map(ref -> ref.relationId()).toList()));
        String csv = api.get(ApiClient.DASHBOARD + "/customers/export/?format=csv").body();
        assertThat(csv.lines()).hasSize(8);
        assertThat(csv).doesNotContain(bobOfB).contains("bob.p" + a.provider().id());
    }

    private static String customer(long relationId) {
        return ApiClient.DASHBOARD + "/customers/" + relationId + "/";
    }

}
