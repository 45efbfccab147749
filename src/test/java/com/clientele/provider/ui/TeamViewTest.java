package com.clientele.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.Invitation;
import com.clientele.provider.InvitationState;
import com.clientele.provider.MemberStanding;
import com.clientele.provider.TeamInvites;
import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamService;
import com.clientele.workspace.ui.CustomersView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owners' team page: members and invitations, and every action on them. */
@IntegrationTest
class TeamViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    TeamService team;
    @Autowired
    TeamInvites invites;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void anOwnerInvitesAMemberAndSeesTheFieldErrorsFirst() {
        TestProvider business = data.newProvider();
        data.login(business.email());
        navigate(TeamView.class);
        TeamParts view = parts();
        assertThat(view.noInvitations.isVisible()).isTrue();

        test(find(Button.class).withText("Invite member").single()).click();
        InviteDialog dialog = find(InviteDialog.class).single();
        test(dialog.name).setValue("Me Myself");
        test(dialog.email).setValue(business.email());
        test(find(Button.class).withText("Send invitation").single()).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Already a member of your team");

        String email = TeamInvites.newAddress();
        test(dialog.name).setValue("Ola Newcomer");
        test(dialog.email).setValue(email);
        test(dialog.role).selectItem("Front desk");
        assertThat(dialog.role.getHelperText()).startsWith("All customers and bookings");
        test(find(Button.class).withText("Send invitation").single()).click();

        assertThat(find(InviteDialog.class).all()).isEmpty();
        assertThat(view.noInvitations.isVisible()).isFalse();
        assertThat(test(view.invitations).size()).isEqualTo(1);
        assertThat(test(view.invitations).getCellText(0, 0)).isEqualTo(email);
        assertThat(test(view.invitations).getCellText(0, 2)).isEqualTo("Front desk");
        assertThat(invites.awaitToken(email, 1)).isNotBlank();
    }

    @Test
    void anOwnerChangesARoleDisablesAndRemovesAMemberWhoseBookingsKeepTheirName() {
        TestProvider business = data.newProvider();
        TestMember staff = data.newMember(business, TeamRole.STAFF);
        data.login(business.email());
        navigate(TeamView.class);
        TeamParts view = parts();
        int row = rowOf(view.members, staff.email());
        assertThat(test(view.members).getCellText(row, 2)).isEqualTo("Staff");

        menu(view.members, row, "Change role");
        RoleDialog dialog = find(RoleDialog.class).single();
        test(dialog.role).selectItem("Manager");
        test(find(Button.class).withText("Save role").single()).click();
        row = rowOf(view.members, staff.email());
        assertThat(test(view.members).getCellText(row, 2)).isEqualTo("Manager");

        menu(view.members, row, "Disable");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(standing(staff).enabled()).isFalse();

        row = rowOf(view.members, staff.email());
        menu(view.members, row, "Remove");
        var confirm = test(find(ConfirmDialog.class).single());
        assertThat(confirm.getText()).contains("Their bookings keep their name");
        confirm.confirm();
        assertThat(team.members().members()).extracting(MemberStanding::email).doesNotContain(staff.email());
        assertThat(test(view.members).size()).isEqualTo(1);
    }

    @Test
    void theLastOwnerIsToldWhyTheyCannotDemoteThemself() {
        TestProvider business = data.newProvider();
        data.login(business.email());
        navigate(TeamView.class);
        TeamParts view = parts();

        menu(view.members, rowOf(view.members, business.email()), "Change role");
        RoleDialog dialog = find(RoleDialog.class).single();
        test(dialog.role).selectItem("Manager");
        test(find(Button.class).withText("Save role").single()).click();

        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).startsWith("The business needs at least one enabled owner");
        assertThat(standing(data.owner(business)).role()).isEqualTo(TeamRole.OWNER);

        dialog.close();
        menu(view.members, rowOf(view.members, business.email()), "Remove");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anyMatch(text -> text.contains("cannot remove its last one"));
        assertThat(standing(data.owner(business)).enabled()).isTrue();
    }

    @Test
    void anOwnerResendsAndRevokesAnInvitation() {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        invites.invite(business, email, TeamRole.STAFF);
        data.login(business.email());
        navigate(TeamView.class);
        TeamParts view = parts();
        assertThat(test(view.invitations).getCellText(0, 0)).isEqualTo(email);

        menu(view.invitations, 0, "Send again");
        assertThat(invites.awaitToken(email, 2)).isNotBlank();

        menu(view.invitations, 0, "Revoke");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(team.members().invitations()).extracting(Invitation::state).doesNotContain(InvitationState.PENDING);
        assertThat(view.noInvitations.isVisible()).isTrue();
    }

    @Test
    void theMenuOffersTheTeamToOwnersOnly() {
        TestProvider business = data.newProvider();
        data.login(business.email());
        navigate(TeamView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Team");

        data.login(data.newMember(business, TeamRole.MANAGER).email());
        navigate("customers", CustomersView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Team");
    }

    @Test
    void onAPhoneTheMemberGridKeepsNameStatusAndActionsWithTheRoleUnderTheName() {
        TestProvider business = data.newProvider();
        data.login(business.email());
        navigate(TeamView.class);
        TeamParts view = parts();
        view.members.fitWidth(1440);
        String name = nameCell(view.members);
        assertThat(name).isNotBlank().doesNotContain("Owner");

        view.members.fitWidth(390);

        assertThat(view.members.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .contains("name", "status", "actions").doesNotContain("email", "joined", "role");
        assertThat(nameCell(view.members)).isEqualTo(name + "Owner");
    }

    private String nameCell(MemberGrid members) {
        return ((Div) test(members).getCellComponent(0, "name")).getElement().getTextRecursively();
    }

    /** The page's parts, found as a reader finds them (the view itself is a security proxy). */
    private record TeamParts(MemberGrid members, InvitationGrid invitations, Paragraph noInvitations) {
    }

    private TeamParts parts() {
        return new TeamParts(one(MemberGrid.class), one(InvitationGrid.class),
                descendants(UI.getCurrent()).filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                        .filter(p -> p.getText().equals("No open invitations.")).findFirst().orElseThrow());
    }

    /** The one component of the type on the page, shown or hidden (find() sees only shown ones). */
    private static <T extends Component> T one(Class<T> type) {
        return descendants(UI.getCurrent()).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(TeamViewTest::descendants));
    }

    private MemberStanding standing(TestMember member) {
        return team.members().members().stream().filter(m -> m.memberId() == member.memberId()).findFirst()
                .orElseThrow();
    }

    private static int rowOf(Grid<MemberStanding> grid, String email) {
        var items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).email().equals(email)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + email);
    }

    private void menu(Grid<?> grid, int row, String item) {
        MenuBar menu = (MenuBar) test(grid).getCellComponent(row, "actions");
        test(MenuBarTester.class, menu).clickItem("", item);
    }
}
