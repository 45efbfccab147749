package com.clientele.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A member's token acts with exactly the member's role (SPEC §10): a staff member's token sees and
 * reaches their own customers only and finds any other 404 like another business's; front desk's
 * gets no notes; what a role may not do at all is a 403 problem; {@code staff=} filters the list.
 */
@IntegrationTest
class TeamCustomersApiTest {

    private static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;

    Team team;

    @BeforeEach
    void setUp() {
        team = workspace.create();
    }

    @Test
    void staffTokenListsSearchesAndCountsTheirOwnCustomersOnly() {
        ApiClient api = ApiClient.at(port, data.apiToken(team.staff()));

        JsonNode list = api.get(CUSTOMERS + "?page_size=100").json();
        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(ids(list.get("results"))).containsExactlyInAnyOrderElementsOf(team.relations("Anna", "Cara"));
        assertThat(api.get(CUSTOMERS + "?search=Bob").json().get("count").asInt()).isZero();
        assertThat(api.get(ApiClient.DASHBOARD + "/customer_stats/").json().get("total_customers").asInt())
                .isEqualTo(2);
        JsonNode activity = api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=100").json();
        assertThat(activity).hasSize(4);
        activity.forEach(event -> assertThat(event.get("relation_id").asLong())
                .isIn(team.relations("Anna", "Cara")));
        assertThat(api.get(customer(team.relation("Anna"))).status()).isEqualTo(200);
        assertThat(api.get(customer(team.relation("Anna")) + "booking_history/").json().get("count").asInt())
                .isEqualTo(2);
    }

    @Test
    void staffTokenFindsAnotherStaffMembersCustomerExactlyLikeAMissingOne() {
        ApiClient api = ApiClient.at(port, data.apiToken(team.staff()));
        long missing = Long.MAX_VALUE - 1;
        List<Function<Long, Response>> calls = List.of(
                id -> api.get(customer(id)),
                id -> api.patch(customer(id), "{\"notes\": \"Seen\", \"is_favorite_customer\": true}"),
                id -> api.post(customer(id) + "toggle_favorite/", null),
                id -> api.get(customer(id) + "booking_history/"),
                id -> api.post(customer(id) + "send_message/", "{\"subject\": \"Hi\", \"body\": \"From staff\"}"));
        for (Function<Long, Response> call : calls) {
            for (String name : List.of("Bob", "Dan")) {
                Response theirs = call.apply(team.relation(name));
                assertThat(theirs.status()).as(theirs.toString()).isEqualTo(404);
                assertThat(theirs.problem()).isEqualTo(call.apply(missing).problem());
            }
        }
        JsonNode bob = ApiClient.at(port, data.apiToken(team.owner())).get(customer(team.relation("Bob"))).json();
        assertThat(bob.get("is_favorite_customer").asBoolean()).isFalse();
        assertThat(bob.get("notes").isNull()).isTrue();
        assertThat(bob.get("messages")).isEmpty();
    }

    @Test
    void whatARoleMayNotDoAtAllIsA403Problem() {
        ApiClient staff = ApiClient.at(port, data.apiToken(team.staff()));
        ApiClient frontDesk = ApiClient.at(port, data.apiToken(team.frontDesk()));
        long anna = team.relation("Anna");
        List<Response> refused = new ArrayList<>();
        for (ApiClient api : List.of(staff, frontDesk)) {
            refused.add(api.post(customer(anna) + "toggle_block/", "{\"blocked_reason\": \"No\"}"));
            refused.add(api.patch(customer(anna), "{\"is_blocked\": true, \"blocked_reason\": \"No\"}"));
            refused.add(api.get(CUSTOMERS + "export/"));
        }
        refused.add(frontDesk.patch(customer(anna), "{\"notes\": \"Overwritten\"}"));
        refused.add(staff.get(CUSTOMERS + "?staff=" + team.staff().memberId()));
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        });
        JsonNode after = ApiClient.at(port, data.apiToken(team.owner())).get(customer(anna)).json();
        assertThat(after.get("is_blocked").asBoolean()).isFalse();
        assertThat(after.get("notes").isNull()).isTrue();
    }

    @Test
    void frontDeskTokenGetsNoNotes() {
        ApiClient api = ApiClient.at(port, data.apiToken(team.frontDesk()));

        assertThat(api.get(customer(team.relation("Dan"))).json().get("notes").isNull()).isTrue();
        JsonNode list = api.get(CUSTOMERS + "?page_size=100").json();
        assertThat(list.get("count").asInt()).isEqualTo(5);
        list.get("results").forEach(result -> assertThat(result.get("notes").isNull()).isTrue());
        assertThat(api.post(customer(team.relation("Dan")) + "toggle_favorite/", null).status()).isEqualTo(200);
        assertThat(ApiClient.at(port, data.apiToken(team.manager())).get(customer(team.relation("Dan"))).json()
                .get("notes").asString()).isEqualTo(TeamWorkspace.DAN_NOTES);
    }

    @Test
    void ownersAndManagersFilterTheListAndExportByStaffMember() {
        ApiClient api = ApiClient.at(port, data.apiToken(team.manager()));
        String staff = "staff=" + team.otherStaff().memberId();

        JsonNode list = api.get(CUSTOMERS + "?page_size=1&" + staff).json();
        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(list.get("next").asString()).contains(staff);
        String csv = api.get(CUSTOMERS + "export/?" + staff).body();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("Bob Other", "Cara Shared").doesNotContain("Anna Staffed");
    }

    @Test
    void aStaffFilterNamingNoMemberOfTheBusinessIsA400() {
        Team other = workspace.create();
        ApiClient api = ApiClient.at(port, data.apiToken(team.owner()));

        Response foreign = api.get(CUSTOMERS + "?staff=" + other.staff().memberId());
        Response garbled = api.get(CUSTOMERS + "?staff=seven");

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").get("staff").asString()).contains("Unknown staff member");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.json().get("errors").has("staff")).isTrue();
    }

    private static List<Long> ids(JsonNode results) {
        List<Long> ids = new ArrayList<>();
        results.forEach(result -> ids.add(result.get("id").asLong()));
        return ids;
    }

    private static String customer(long relationId) {
        return CUSTOMERS + relationId + "/";
    }

}
