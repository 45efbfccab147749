package com.clientele.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.provider.TeamRole.Capability;
import com.clientele.provider.TeamRole.Scope;
import org.junit.jupiter.api.Test;

/** The permission table of SPEC §10, row by row. */
class TeamRoleTest {

    @Test
    void ownersMayDoEverythingForEveryCustomer() {
        for (Capability capability : Capability.values()) {
            assertThat(TeamRole.OWNER.scope(capability)).as(capability.name()).isEqualTo(Scope.ALL);
        }
    }

    @Test
    void managersMayDoAllButRunTheBusiness() {
        for (Capability capability : Capability.values()) {
            assertThat(TeamRole.MANAGER.scope(capability)).as(capability.name())
                    .isEqualTo(capability == Capability.MANAGE_BUSINESS ? Scope.NONE : Scope.ALL);
        }
    }

    @Test
    void staffWorkWithTheirOwnCustomersOnly() {
        assertThat(TeamRole.STAFF.scope(Capability.SEE_CUSTOMERS)).isEqualTo(Scope.OWN);
        assertThat(TeamRole.STAFF.scope(Capability.NOTES)).isEqualTo(Scope.OWN);
        assertThat(TeamRole.STAFF.scope(Capability.FAVOURITE_AND_MESSAGE)).isEqualTo(Scope.OWN);
        assertThat(TeamRole.STAFF.scope(Capability.BOOKINGS)).isEqualTo(Scope.OWN);
        assertThat(TeamRole.STAFF.may(Capability.BLOCK)).isFalse();
        assertThat(TeamRole.STAFF.may(Capability.EXPORT_AND_IMPORT)).isFalse();
        assertThat(TeamRole.STAFF.may(Capability.MANAGE_BUSINESS)).isFalse();
    }

    @Test
    void theFrontDeskSeesEveryoneButNotTheirNotes() {
        assertThat(TeamRole.FRONT_DESK.scope(Capability.SEE_CUSTOMERS)).isEqualTo(Scope.ALL);
        assertThat(TeamRole.FRONT_DESK.scope(Capability.FAVOURITE_AND_MESSAGE)).isEqualTo(Scope.ALL);
        assertThat(TeamRole.FRONT_DESK.scope(Capability.BOOKINGS)).isEqualTo(Scope.ALL);
        assertThat(TeamRole.FRONT_DESK.may(Capability.NOTES)).isFalse();
        assertThat(TeamRole.FRONT_DESK.may(Capability.BLOCK)).isFalse();
        assertThat(TeamRole.FRONT_DESK.may(Capability.EXPORT_AND_IMPORT)).isFalse();
        assertThat(TeamRole.FRONT_DESK.may(Capability.MANAGE_BUSINESS)).isFalse();
    }

    @Test
    void eachRoleGrantsItsOwnSpringRole() {
        assertThat(TeamRole.FRONT_DESK.authority()).isEqualTo("ROLE_FRONT_DESK");
    }
}
