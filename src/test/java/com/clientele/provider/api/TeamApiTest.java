package com.clientele.provider.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.Invitations;
import com.clientele.provider.TeamInvites;
import com.clientele.provider.TeamRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The team over real HTTP with an owner's API token: every endpoint, refusals as problem+json. */
@IntegrationTest
class TeamApiTest {

    private static final String TEAM = ApiClient.DASHBOARD + "/team/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    TeamInvites invites;
    @Autowired
    Invitations invitations;

    @Test
    void anOwnerInvitesResendsAndRevokesOverTheApi() {
        TestProvider business = data.newProvider();
        ApiClient owner = ApiClient.at(port, data.apiToken(business));
        String email = TeamInvites.newAddress();

        ApiClient.Response created = owner.post(TEAM + "invitations/",
                "{\"name\": \"Nia Newcomer\", \"email\": \"" + email + "\", \"role\": \"front_desk\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode invitation = created.json();
        assertThat(invitation.get("email").asString()).isEqualTo(email);
        assertThat(invitation.get("role").asString()).isEqualTo("front_desk");
        assertThat(invitation.get("state").asString()).isEqualTo("pending");
        assertThat(invitation.has("expires_at")).isTrue();
        assertThat(created.body()).doesNotContain("token");
        String first = invites.awaitToken(email, 1);
        assertThat(created.body()).doesNotContain(first);
        long id = invitation.get("invitation_id").asLong();
        JsonNode team = owner.get(TEAM).json();
        assertThat(team.get("invitations")).extracting(node -> node.get("invitation_id").asLong()).containsExactly(id);

        ApiClient.Response resent = owner.post(TEAM + "invitations/" + id + "/resend/", null);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(invites.awaitToken(email, 2)).isNotEqualTo(first);
        assertThat(invitations.check(first).usable()).isFalse();

        assertThat(owner.post(TEAM + "invitations/" + id + "/revoke/", null).status()).isEqualTo(204);
        assertThat(owner.get(TEAM).json().get("invitations")).isEmpty();
        ApiClient.Response again = owner.post(TEAM + "invitations/" + id + "/revoke/", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anOwnerChangesRolesDisablesEnablesAndRemovesMembers() {
        TestProvider business = data.newProvider();
        ApiClient owner = ApiClient.at(port, data.apiToken(business));
        TestMember staff = data.newMember(business, TeamRole.STAFF);
        String member = TEAM + staff.memberId() + "/";

        JsonNode listed = owner.get(TEAM).json().get("members");
        assertThat(listed).extracting(node -> node.get("email").asString()).contains(business.email(), staff.email());
        JsonNode row = find(listed, staff.memberId());
        assertThat(row.get("role").asString()).isEqualTo("staff");
        assertThat(row.get("enabled").asBoolean()).isTrue();
        assertThat(row.has("joined_at")).isTrue();

        ApiClient.Response changed = owner.patch(member, "{\"role\": \"manager\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("manager");

        ApiClient.Response disabled = owner.post(member + "disable/", null);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(owner.post(member + "enable/", null).json().get("enabled").asBoolean()).isTrue();

        assertThat(owner.send("DELETE", member, null, null).status()).isEqualTo(204);
        assertThat(owner.get(TEAM).json().get("members")).extracting(node -> node.get("member_id").asLong())
                .doesNotContain(staff.memberId());
        assertThat(owner.send("DELETE", member, null, null).status()).as("removed: no such member").isEqualTo(404);
    }

    @Test
    void badInputIsA400ProblemNamingTheFields() {
        TestProvider business = data.newProvider();
        ApiClient owner = ApiClient.at(port, data.apiToken(business));
        TestMember staff = data.newMember(business, TeamRole.STAFF);

        ApiClient.Response badRole = owner.post(TEAM + "invitations/",
                "{\"name\": \"Ro Le\", \"email\": \"" + TeamInvites.newAddress() + "\", \"role\": \"boss\"}");
        assertProblem(badRole, 400);
        assertThat(badRole.json().get("errors").get("role").asString())
                .isEqualTo("Must be one of owner, manager, staff, front_desk");

        ApiClient.Response taken = owner.post(TEAM + "invitations/",
                "{\"name\": \"Me\", \"email\": \"" + business.email() + "\", \"role\": \"staff\"}");
        assertProblem(taken, 400);
        assertThat(taken.json().get("errors").get("email").asString()).isEqualTo("Already a member of your team");

        ApiClient.Response empty = owner.post(TEAM + "invitations/", "{\"nickname\": 1}");
        assertProblem(empty, 400);
        assertThat(empty.json().get("errors").has("nickname")).isTrue();

        ApiClient.Response patch = owner.patch(TEAM + staff.memberId() + "/", "{\"role\": \"chief\"}");
        assertProblem(patch, 400);
        assertThat(patch.json().get("errors").get("role").asString()).contains("owner, manager, staff, front_desk");

        ApiClient.Response lastOwner = owner.patch(TEAM + data.owner(business).memberId() + "/", "{\"role\": \"staff\"}");
        assertProblem(lastOwner, 409);
        assertThat(lastOwner.body()).contains("at least one enabled owner");
        assertThat(owner.get(TEAM).json().get("invitations")).as("nothing written").isEmpty();
    }

    @Test
    void otherRolesGet403AndAnotherBusinesssMemberIs404() {
        TestProvider business = data.newProvider();
        TestProvider other = data.newProvider();
        TestMember theirs = data.newMember(other, TeamRole.STAFF);
        for (TeamRole role : List.of(TeamRole.MANAGER, TeamRole.STAFF, TeamRole.FRONT_DESK)) {
            ApiClient member = ApiClient.at(port, data.apiToken(data.newMember(business, role)));
            assertProblem(member.get(TEAM), 403);
            assertProblem(member.post(TEAM + "invitations/",
                    "{\"name\": \"X\", \"email\": \"" + TeamInvites.newAddress() + "\", \"role\": \"owner\"}"), 403);
            assertProblem(member.send("DELETE", TEAM + theirs.memberId() + "/", null, null), 403);
        }
        ApiClient owner = ApiClient.at(port, data.apiToken(business));
        assertProblem(owner.post(TEAM + theirs.memberId() + "/disable/", null), 404);
        assertProblem(owner.patch(TEAM + theirs.memberId() + "/", "{\"role\": \"owner\"}"), 404);
        assertThat(ApiClient.at(port, data.apiToken(other)).get(TEAM).json().get("members"))
                .extracting(node -> node.get("enabled").asBoolean()).containsOnly(true);
    }

    private static JsonNode find(JsonNode members, long memberId) {
        for (JsonNode member : members) {
            if (member.get("member_id").asLong() == memberId) {
                return member;
            }
        }
        throw new AssertionError("no member " + memberId + " in " + members);
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
