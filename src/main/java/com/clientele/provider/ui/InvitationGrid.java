package com.clientele.provider.ui;

import com.clientele.base.Formats;
import com.clientele.base.ui.GridRoom;
import com.clientele.base.ui.HiddenText;
import com.clientele.provider.Invitation;
import com.clientele.provider.InvitationState;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;

/** The open invitations: who, as what, pending or expired, sent and expiring when; resend or revoke. */
class InvitationGrid extends Grid<Invitation> {

    enum Action {
        RESEND("resend"), REVOKE("revoke");

        final String key;

        Action(String name) {
            this.key = "team.invitation.action." + name;
        }
    }

    private final List<Column<Invitation>> dropOrder;

    InvitationGrid(ZoneId zone) {
        super(Invitation.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addClassName("team-grid");
        setAllRowsVisible(true);
        addColumn(Invitation::email).setHeader(getTranslation("team.column.email")).setKey("email")
                .setWidth("13rem").setFlexGrow(2).setTooltipGenerator(Invitation::email);
        var name = addColumn(Invitation::name).setHeader(getTranslation("team.column.name")).setKey("name")
                .setWidth("10rem").setFlexGrow(1);
        var role = addColumn(invitation -> getTranslation(TeamTexts.role(invitation.role())))
                .setHeader(getTranslation("team.column.role")).setKey("role").setWidth("8rem").setFlexGrow(0);
        var sent = addColumn(invitation -> Formats.dateTime(invitation.sentAt(), zone, getLocale()))
                .setHeader(getTranslation("team.column.sent")).setKey("sent").setWidth("10rem").setFlexGrow(0);
        var expires = addColumn(invitation -> Formats.dateTime(invitation.expiresAt(), zone, getLocale()))
                .setHeader(getTranslation("team.column.expires")).setKey("expires").setWidth("10rem").setFlexGrow(0);
        addComponentColumn(this::state).setHeader(getTranslation("team.column.state")).setKey("state")
                .setWidth("7rem").setFlexGrow(0);
        addComponentColumn(this::actions).setHeader(HiddenText.of(getTranslation("team.column.actions")))
                .setKey("actions").setWidth("4rem").setFlexGrow(0).setFrozenToEnd(true);
        dropOrder = List.of(sent, name, role, expires);
        GridRoom.follow(this, this::fitWidth);
    }

    void fitWidth(int windowWidth) {
        List<Column<Invitation>> shown = GridRoom.fitting(getColumns(), dropOrder, GridRoom.forWindow(windowWidth));
        getColumns().forEach(column -> column.setVisible(shown.contains(column)));
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    private Badge state(Invitation invitation) {
        var badge = new Badge(getTranslation(TeamTexts.state(invitation.state())));
        badge.addThemeVariants(invitation.state() == InvitationState.PENDING ? BadgeVariant.CONTRAST
                : BadgeVariant.WARNING, BadgeVariant.SMALL);
        return badge;
    }

    private MenuBar actions(Invitation invitation) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("team.actions-for", invitation.email()));
        for (Action action : Action.values()) {
            root.getSubMenu().addItem(getTranslation(action.key),
                    click -> fireEvent(new ActionEvent(this, invitation, action)));
        }
        return menu;
    }

    static final class ActionEvent extends ComponentEvent<InvitationGrid> {

        private final Invitation invitation;
        private final Action action;

        ActionEvent(InvitationGrid source, Invitation invitation, Action action) {
            super(source, false);
            this.invitation = invitation;
            this.action = action;
        }

        Invitation invitation() {
            return invitation;
        }

        Action action() {
            return action;
        }
    }
}
