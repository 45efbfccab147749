package com.clientele.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.CustomerService;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import com.clientele.security.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every activity event names the member who acted, by name, also when they act through an API
 * token; audit entries keep naming the acting account by e-mail, the token's member's and not the
 * business's first owner's (SPEC §10).
 */
@IntegrationTest
class ActingMemberTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    TeamWorkspace workspace;
    @Autowired
    CustomerService customers;
    @Autowired
    ActivityLog activity;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoMembersActOnTheSameCustomerAndTheTimelineNamesEach() {
        Team team = workspace.create();
        long anna = team.relation("Anna");

        data.as(team.manager(), () -> customers.setFavorite(anna, true));
        data.as(team.staff(), () -> customers.updateNotes(anna, "Prefers mornings", customers.details(anna).version()));

        List<ActivityEntry> timeline = data.as(team.owner(), () -> activity.forCustomer(team.customer("Anna"), 10));
        assertThat(timeline).extracting(ActivityEntry::type).startsWith(ActivityType.NOTE_CHANGED, ActivityType.FAVORITED);
        assertThat(timeline).extracting(ActivityEntry::actor).startsWith(data.memberName(team.staff().email()),
                data.memberName(team.manager().email()));
        assertThat(data.memberName(team.staff().email())).as("a name, not the e-mail").doesNotContain("@");
        assertThat(data.as(team.owner(), () -> activity.recent(2))).extracting(ActivityEntry::actor)
                .as("the recent activity too").containsExactly(data.memberName(team.staff().email()),
                        data.memberName(team.manager().email()));
    }

    @Test
    void anApiTokenActsAsItsMemberInTheTimelineAndTheAudit() {
        Team team = workspace.create();
        ApiClient manager = ApiClient.at(port, data.apiToken(team.manager()));

        ApiClient.Response toggled = manager.post(ApiClient.DASHBOARD + "/customers/" + team.relation("Bob")
                + "/toggle_favorite/", null);

        assertThat(toggled.status()).as(toggled.toString()).isEqualTo(200);
        ActivityEntry newest = data.as(team.owner(), () -> activity.forCustomer(team.customer("Bob"), 1)).getFirst();
        assertThat(newest.type()).isEqualTo(ActivityType.FAVORITED);
        assertThat(newest.actor()).isEqualTo(data.memberName(team.manager().email()));
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'API_TOKEN_NEW_ADDRESS' AND target = ?")
                .param(team.manager().email()).query(String.class).list())
                .as("the token's member, not the business's first owner").containsExactly(team.manager().email());
        assertThat(ApiClient.at(port, data.apiToken(team.manager()))
                .get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=1").json().get(0).get("actor").asString())
                .isEqualTo(data.memberName(team.manager().email()));
    }

    @Test
    void theApplicationsOwnWorkIsNamedSystem() {
        assertThat(currentUser.actorName()).isEqualTo("system");
        assertThat(currentUser.actorEmail()).isEqualTo("system");
        assertThat(data.as(data.newProvider(), () -> currentUser.actorEmail())).contains("@");
    }
}
