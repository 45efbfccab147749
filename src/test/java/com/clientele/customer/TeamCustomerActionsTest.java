package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.customer.TeamWorkspace.Team;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What each role may do with one customer (SPEC §10): details, notes, favourite, block. A staff
 * member's customer not their own answers exactly like another business's; front desk never gets
 * the notes; what a role may not do at all is refused, and nothing is written.
 */
@IntegrationTest
class TeamCustomerActionsTest {

    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;

    Team team;

    @BeforeEach
    void setUp() {
        team = workspace.create();
    }

    @Test
    void staffMemberReadsAndChangesTheirOwnCustomer() {
        long anna = team.relation("Anna");
        CustomerDetails read = data.as(team.staff(), () -> customers.details(anna));
        assertThat(read.name()).isEqualTo("Anna Staffed");

        CustomerDetails noted = data.as(team.staff(), () -> customers.updateNotes(anna, "Likes tea", read.version()));
        CustomerDetails starred = data.as(team.staff(), () -> customers.setFavorite(anna, true));

        assertThat(noted.notes()).isEqualTo("Likes tea");
        assertThat(starred.favorite()).isTrue();
        assertThat(data.as(team.owner(), () -> customers.details(anna).notes())).as("the team shares the notes")
                .isEqualTo("Likes tea");
    }

    @Test
    void anotherStaffMembersCustomerIsNotFoundLikeAnotherBusinesss() {
        Team other = workspace.create();
        long bob = team.relation("Bob");
        long dan = team.relation("Dan");
        long foreign = other.relation("Anna");
        CustomerDetails before = data.as(team.owner(), () -> customers.details(bob));
        List<LongFunction<Object>> calls = List.of(
                id -> customers.details(id),
                id -> customers.setFavorite(id, true),
                id -> customers.toggleFavorite(id, null),
                id -> customers.updateNotes(id, "Seen by staff", before.version()),
                id -> customers.update(id, new CustomerUpdate(true, null, null, true, "Seen", null)));
        for (LongFunction<Object> call : calls) {
            for (long id : new long[] {bob, dan, foreign}) {
                assertThatThrownBy(() -> data.as(team.staff(), () -> call.apply(id)))
                        .isInstanceOfSatisfying(NotFoundException.class,
                                e -> assertThat(e.text().key()).isEqualTo("customer.error.not-found"));
            }
        }
        assertThat(data.as(team.owner(), () -> customers.details(bob))).isEqualTo(before);
    }

    @Test
    void frontDeskGetsNoNotesAndCannotWriteThem() {
        long dan = team.relation("Dan");
        assertThat(data.as(team.frontDesk(), () -> customers.details(dan).notes())).isNull();
        assertThat(data.as(team.frontDesk(), () -> customers.listDetails(CustomerFilter.ALL, CustomerOrder.DEFAULT, 0, 50)))
                .hasSize(5).allSatisfy(details -> assertThat(details.notes()).isNull());
        assertThat(data.as(team.manager(), () -> customers.details(dan).notes())).isEqualTo(TeamWorkspace.DAN_NOTES);

        long version = data.as(team.owner(), () -> customers.details(dan).version());
        assertThatThrownBy(() -> data.as(team.frontDesk(), () -> customers.updateNotes(dan, "Overwritten", version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(team.frontDesk(), () -> customers.update(dan,
                new CustomerUpdate(false, null, null, true, "Overwritten", null))))
                .as("the favourite part is not kept either").isInstanceOf(AccessDeniedException.class);
        CustomerDetails after = data.as(team.owner(), () -> customers.details(dan));
        assertThat(after.notes()).isEqualTo(TeamWorkspace.DAN_NOTES);
        assertThat(after.favorite()).isTrue();
        assertThat(data.as(team.frontDesk(), () -> customers.setFavorite(dan, false).favorite())).isFalse();
    }

    @Test
    void onlyOwnersAndManagersBlockAndUnblock() {
        long anna = team.relation("Anna");
        long eve = team.relation("Eve");
        for (TestMember member : List.of(team.staff(), team.frontDesk())) {
            assertThatThrownBy(() -> data.as(member, () -> customers.block(anna, "No")))
                    .as(member.role().name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> customers.toggleBlock(anna, "No", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> customers.update(anna,
                    new CustomerUpdate(null, true, "No", false, null, null)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.as(member, () -> customers.unblock(eve)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(data.as(team.owner(), () -> customers.details(anna).blocked())).isFalse();
        assertThat(data.as(team.manager(), () -> customers.unblock(eve).blocked())).isFalse();
        assertThat(data.as(team.manager(), () -> customers.block(anna, "Rude to staff").blocked())).isTrue();
    }

    /**
     * A role that may not do it is refused before its input is judged or the customer looked up: a
     * missing reason, notes too long, a customer id of nobody's.
     */
    @Test
    void theRoleIsCheckedBeforeTheInput() {
        long anna = team.relation("Anna");
        for (TestMember member : List.of(team.staff(), team.frontDesk())) {
            assertThatThrownBy(() -> data.as(member, () -> customers.block(anna, " ")))
                    .as(member.role().name()).isInstanceOf(AccessDeniedException.class);
        }
        String tooLong = "x".repeat(CustomerService.NOTES_MAX + 1);
        assertThatThrownBy(() -> data.as(team.frontDesk(), () -> customers.updateNotes(anna, tooLong, 0)))
                .isInstanceOf(AccessDeniedException.class);
        // a change with a part the role may not make, for a customer that is nobody's: refused, not "not found"
        long nobodys = Long.MAX_VALUE - 1;
        assertThatThrownBy(() -> data.as(team.frontDesk(), () -> customers.update(nobodys,
                new CustomerUpdate(null, null, null, true, "Mine now", null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(team.staff(), () -> customers.update(nobodys,
                new CustomerUpdate(null, true, "No", false, null, 3L)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(team.manager(), () -> customers.block(anna, " ")))
                .as("who may block still hears about the reason").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void permissionsSayWhatEachRoleMayDo() {
        assertThat(data.as(team.owner(), () -> customers.permissions()))
                .isEqualTo(new CustomerPermissions(true, true, true, true));
        assertThat(data.as(team.manager(), () -> customers.permissions()))
                .isEqualTo(new CustomerPermissions(true, true, true, true));
        assertThat(data.as(team.staff(), () -> customers.permissions()))
                .isEqualTo(new CustomerPermissions(true, true, false, false));
        assertThat(data.as(team.frontDesk(), () -> customers.permissions()))
                .isEqualTo(new CustomerPermissions(false, true, false, false));
    }
}
