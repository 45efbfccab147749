package com.clientele.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.base.NotFoundException;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import com.clientele.provider.TeamMember;
import com.clientele.provider.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Only a business's owners manage its API tokens (SPEC §10) — every member's, each acting with its
 * member's role; admins keep theirs for the admin API.
 */
@IntegrationTest
class TeamApiTokenTest {

    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    TeamWorkspace workspace;
    @LocalServerPort
    int port;

    private static final String CUSTOMERS = "/api/bookings/provider_dashboard/customers/";

    @Test
    void managersStaffAndFrontDeskManageNoTokens() {
        TestProvider business = data.newProvider();
        for (TeamRole role : new TeamRole[] {TeamRole.MANAGER, TeamRole.STAFF, TeamRole.FRONT_DESK}) {
            TestMember member = data.newMember(business, role);
            data.apiToken(member);
            assertThatThrownBy(() -> data.as(member, () -> tokens.create("Mine"))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> tokens.list())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> tokens.revoke(1L))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> tokens.create("For me", member.memberId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> tokens.tokenHolders()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void ownersManageEveryTokenOfTheirBusinessAndAdminsOnlyTheirOwn() {
        TestProvider business = data.newProvider();
        TestMember owner = data.owner(business);
        TestMember secondOwner = data.newMember(business, TeamRole.OWNER);
        TestProvider otherBusiness = data.newProvider();

        CreatedApiToken first = data.as(business, () -> tokens.create("Website"));
        CreatedApiToken second = data.as(secondOwner, () -> tokens.create("Till"));
        CreatedApiToken elsewhere = data.as(otherBusiness, () -> tokens.create("Theirs"));

        assertThat(data.as(business, () -> tokens.list())).extracting(ApiTokenSummary::id)
                .containsExactlyInAnyOrder(first.summary().id(), second.summary().id());
        assertThat(data.as(secondOwner, () -> tokens.revoke(first.summary().id()).active()))
                .as("one owner revokes another's token").isFalse();
        assertThatThrownBy(() -> data.as(business, () -> tokens.revoke(elsewhere.summary().id())))
                .as("another business's token does not exist").isInstanceOf(NotFoundException.class);
        assertThat(data.as(otherBusiness, () -> tokens.list()).getFirst().active()).isTrue();
        assertThat(data.as(owner, () -> tokens.tokenHolders())).extracting(TeamMember::id)
                .containsExactlyInAnyOrder(owner.memberId(), secondOwner.memberId());

        CreatedApiToken admin = data.asAdmin(() -> tokens.create("Admin script"));
        assertThat(data.asAdmin(() -> tokens.list())).extracting(ApiTokenSummary::id).contains(admin.summary().id())
                .doesNotContain(first.summary().id(), second.summary().id());
        assertThat(data.asAdmin(() -> tokens.revoke(admin.summary().id()).active())).isFalse();
    }

    @Test
    void anOwnersTokenForAStaffMemberActsWithThatMembersRole() {
        Team team = workspace.create();
        TestMember otherBusinessStaff = data.newMember(data.newProvider(), TeamRole.STAFF);

        CreatedApiToken created = data.as(team.owner(), () -> tokens.create("Stylist's calendar",
                team.staff().memberId()));

        assertThat(created.summary().holder()).isEqualTo(data.as(team.owner(), () -> tokens.tokenHolders()).stream()
                .filter(member -> member.id() == team.staff().memberId()).findFirst().orElseThrow().name());
        var response = ApiClient.at(port, created.token()).get(CUSTOMERS + "?page_size=10");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("count").asInt()).as("the staff member's own customers: Anna and Cara")
                .isEqualTo(2);
        assertThat(ApiClient.at(port, created.token()).get(CUSTOMERS + "export/").status()).isEqualTo(403);
        assertThatThrownBy(() -> data.as(team.owner(), () -> tokens.create("Not ours", otherBusinessStaff.memberId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.as(team.owner(), () -> tokens.list())).extracting(ApiTokenSummary::name)
                .containsExactly("Stylist's calendar");
    }
}
