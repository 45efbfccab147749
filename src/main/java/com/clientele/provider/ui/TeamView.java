package com.clientele.provider.ui;

import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.BrowserTime;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.Toasts;
import com.clientele.base.ui.ViewHeader;
import com.clientele.provider.Invitation;
import com.clientele.provider.MemberStanding;
import com.clientele.provider.TeamOverview;
import com.clientele.provider.TeamService;
import com.clientele.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The owners' team page (SPEC §10): the members with their role and status, the open invitations,
 * and the owner's actions on them. Every rule (the last enabled owner, e-mails already taken) is the
 * service's; the page shows its answers. A team is small, so both lists are read whole.
 */
@Route("team")
@Menu(title = "team.menu", order = 15, icon = "vaadin:group")
@RolesAllowed(Roles.OWNER)
public class TeamView extends Main implements HasDynamicTitle {

    private final transient TeamService team;
    private final MemberGrid members;
    private final InvitationGrid invitations;
    private final Paragraph noInvitations = new Paragraph();

    public TeamView(TeamService team) {
        this.team = team;
        addClassNames("view", "team-view");
        ZoneId zone = BrowserTime.zone();
        members = new MemberGrid(zone);
        members.addActionListener(event -> act(event.member(), event.action()));
        invitations = new InvitationGrid(zone);
        invitations.addActionListener(event -> act(event.invitation(), event.action()));
        noInvitations.setText(getTranslation("team.invitations.none"));
        noInvitations.addClassName("empty-state");

        var invite = new Button(getTranslation("team.invite"), VaadinIcon.PLUS.create(), click -> openInvite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var intro = new Paragraph(getTranslation("team.intro", team.invitationValidity().toDays()));
        intro.addClassName("muted");
        add(new ViewHeader(getTranslation("team.title")).withActions(invite), intro,
                new H2(getTranslation("team.members")), members,
                new H2(getTranslation("team.invitations")), invitations, noInvitations);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.page-title");
    }

    void refresh() {
        TeamOverview overview = team.members();
        members.setItems(overview.members());
        invitations.setItems(overview.invitations());
        invitations.setVisible(!overview.invitations().isEmpty());
        noInvitations.setVisible(overview.invitations().isEmpty());
    }

    private void openInvite() {
        var dialog = new InviteDialog(team.invitationValidity().toDays());
        dialog.addInviteListener(event -> {
            Invitation invitation;
            try {
                invitation = team.invite(event.name(), event.email(), event.role());
            } catch (InvalidInputException e) {
                dialog.showErrors(ErrorMessages.fields(e));
                return;
            }
            dialog.close();
            refresh();
            Toasts.success(getTranslation("team.invite.done", invitation.email()));
        });
        dialog.open();
    }

    private void act(MemberStanding member, MemberGrid.Action action) {
        switch (action) {
            case CHANGE_ROLE -> openRoleChange(member);
            case DISABLE -> confirm(getTranslation("team.disable.title", member.name()),
                    getTranslation("team.disable.text"), getTranslation("team.action.disable"),
                    () -> team.disable(member.memberId()), getTranslation("team.disable.done", member.name()));
            case ENABLE -> run(() -> team.enable(member.memberId()), getTranslation("team.enable.done", member.name()));
            case REMOVE -> confirm(getTranslation("team.remove.title", member.name()),
                    getTranslation("team.remove.text", member.name()), getTranslation("team.action.remove"),
                    () -> {
                        team.remove(member.memberId());
                        return member;
                    }, getTranslation("team.remove.done", member.name()));
        }
    }

    private void act(Invitation invitation, InvitationGrid.Action action) {
        switch (action) {
            case RESEND -> run(() -> team.resend(invitation.invitationId()),
                    getTranslation("team.invitation.resent", invitation.email()));
            case REVOKE -> confirm(getTranslation("team.invitation.revoke.title", invitation.email()),
                    getTranslation("team.invitation.revoke.text"), getTranslation("team.invitation.action.revoke"),
                    () -> {
                        team.revoke(invitation.invitationId());
                        return invitation;
                    }, getTranslation("team.invitation.revoked", invitation.email()));
        }
    }

    private void openRoleChange(MemberStanding member) {
        var dialog = new RoleDialog(member);
        dialog.addSaveListener(event -> {
            try {
                MemberStanding changed = team.changeRole(member.memberId(), event.role());
                dialog.close();
                refresh();
                Toasts.success(getTranslation("team.role-change.done", changed.name(),
                        getTranslation(TeamTexts.role(changed.role()))));
            } catch (RuntimeException e) {
                // the last enabled owner, or the member is gone: said in the dialog; anything else is unexpected
                dialog.showProblem(ErrorMessages.text(ErrorMessages.of(e).orElseThrow(() -> e)));
            }
        });
        dialog.open();
    }

    private void confirm(String header, String text, String confirmText, Supplier<?> action, String done) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("team.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> run(action, done));
        confirm.open();
    }

    private void run(Supplier<?> action, String done) {
        Actions.run(action, done).ifPresent(result -> refresh());
    }
}
