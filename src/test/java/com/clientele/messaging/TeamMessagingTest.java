package com.clientele.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.base.NotFoundException;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may write to a customer and read what was written (SPEC §10: favourite and message). */
@IntegrationTest
class TeamMessagingTest {

    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;
    @Autowired
    MessageService messages;

    @Test
    void staffMemberMessagesTheirOwnCustomersOnly() {
        Team team = workspace.create();
        long anna = team.customer("Anna");
        long bob = team.customer("Bob");

        data.as(team.staff(), () -> messages.send(anna, new NewMessage("See you", "Thursday at ten")));

        assertThat(data.as(team.staff(), () -> messages.forCustomer(anna))).extracting(MessageSummary::subject)
                .containsExactly("See you");
        assertThatThrownBy(() -> data.as(team.staff(), () -> messages.send(bob, new NewMessage("Hi", "there"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(team.staff(), () -> messages.forCustomer(bob)))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.as(team.owner(), () -> messages.forCustomer(bob))).as("nothing was stored").isEmpty();
    }

    @Test
    void everyOtherRoleMessagesAnyCustomerOfTheBusiness() {
        Team team = workspace.create();
        long dan = team.customer("Dan");
        for (TestMember member : List.of(team.owner(), team.manager(), team.frontDesk())) {
            data.as(member, () -> messages.send(dan, new NewMessage("From " + member.role(), "Hello")));
        }
        assertThat(data.as(team.manager(), () -> messages.forCustomer(dan))).hasSize(3);
    }
}
