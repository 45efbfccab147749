package com.clientele.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Only a business's owners manage its API tokens (SPEC §10); admins keep theirs for the admin API. */
@IntegrationTest
class TeamApiTokenTest {

    @Autowired
    TestData data;
    @Autowired
    ApiTokenService tokens;

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
        }
    }

    @Test
    void ownersAndAdminsManageTheirOwnTokens() {
        TestProvider business = data.newProvider();
        TestMember secondOwner = data.newMember(business, TeamRole.OWNER);

        CreatedApiToken first = data.as(business, () -> tokens.create("Website"));
        CreatedApiToken second = data.as(secondOwner, () -> tokens.create("Till"));

        assertThat(data.as(business, () -> tokens.list())).extracting(ApiTokenSummary::id)
                .containsExactly(first.summary().id());
        assertThat(data.as(secondOwner, () -> tokens.revoke(second.summary().id()).active())).isFalse();
        CreatedApiToken admin = data.asAdmin(() -> tokens.create("Admin script"));
        assertThat(data.asAdmin(() -> tokens.revoke(admin.summary().id()).active())).isFalse();
    }
}
