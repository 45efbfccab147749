package com.clientele.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.provider.Invitation;
import com.clientele.provider.InvitationLink;
import com.clientele.provider.TeamInvites;
import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The page an invitation's link opens, as the invitee uses it, anonymous, in the browser's language. */
@IntegrationTest
class InvitationViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    TeamInvites invites;
    @Autowired
    TeamService team;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void theInviteeSeesWhoInvitesThemChoosesAPasswordAndMaySignIn() {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        invites.invite(business, email, TeamRole.MANAGER);
        String token = invites.awaitToken(email, 1);
        data.logout();

        open(token);

        String offer = find(Paragraph.class).all().getFirst().getText();
        assertThat(offer).startsWith("Test business").contains("invites you to join " + businessName(business),
                "as Manager", email);
        test(find(PasswordField.class).withCaption("New password").single()).setValue("short1");
        test(find(PasswordField.class).withCaption("New password again").single()).setValue("short1");
        test(find(Button.class).withText("Join the team").single()).click();
        assertThat(find(PasswordField.class).withCaption("New password").single().getErrorMessage())
                .isEqualTo("At least 10 characters, with letters and digits");

        test(find(PasswordField.class).withCaption("New password").single()).setValue(TeamInvites.PASSWORD);
        test(find(PasswordField.class).withCaption("New password again").single()).setValue(TeamInvites.PASSWORD);
        test(find(Button.class).withText("Join the team").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Welcome to the team");
        assertThat(find(Paragraph.class).single().getText()).contains("You can sign in now with " + email);
        assertThat(find(RouterLink.class).withText("Sign in").single().getHref()).isEqualTo("login");
        assertThat(jdbc.sql("SELECT team_role FROM member WHERE email = ? AND removed_at IS NULL").param(email)
                .query(String.class).single()).isEqualTo("MANAGER");

        open(token);
        assertThat(find(H1.class).single().getText()).isEqualTo("Invitation not valid");
        assertThat(find(Paragraph.class).single().getText()).startsWith("This invitation was used already");
    }

    @Test
    void anExpiredLinkSaysWhomToAskInTheBrowsersLanguage() {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        Invitation invitation = invites.invite(business, email, TeamRole.STAFF);
        String token = invites.awaitToken(email, 1);
        jdbc.sql("UPDATE member_invitation SET expires_at = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND) WHERE id = ?")
                .param(invitation.invitationId()).update();
        data.logout();
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);

        open(token);

        assertThat(find(H1.class).single().getText()).isEqualTo("Einladung nicht gültig");
        assertThat(find(Paragraph.class).single().getText())
                .isEqualTo("Diese Einladung ist abgelaufen. Bitten Sie " + businessName(business)
                        + " um eine neue Einladung.");
        assertThat(find(PasswordField.class).all()).isEmpty();
    }

    @Test
    void aRevokedOrUnknownLinkSaysSo() {
        TestProvider business = data.newProvider();
        String email = TeamInvites.newAddress();
        Invitation invitation = invites.invite(business, email, TeamRole.STAFF);
        String token = invites.awaitToken(email, 1);
        data.as(business, () -> team.revoke(invitation.invitationId()));
        data.logout();

        open(token);
        assertThat(find(Paragraph.class).single().getText()).startsWith("This invitation was withdrawn");

        open("no-such-token");
        assertThat(find(Paragraph.class).single().getText()).startsWith("This link is not a valid invitation");
    }

    private void open(String token) {
        UI.getCurrent().navigate(InvitationLink.ROUTE, QueryParameters.of(InvitationLink.TOKEN_PARAMETER, token));
    }

    private String businessName(TestProvider business) {
        return jdbc.sql("SELECT business_name FROM provider WHERE id = ?").param(business.id()).query(String.class)
                .single();
    }
}
