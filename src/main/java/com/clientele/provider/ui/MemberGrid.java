package com.clientele.provider.ui;

import com.clientele.base.Formats;
import com.clientele.base.ui.GridRoom;
import com.clientele.base.ui.HiddenText;
import com.clientele.provider.MemberStanding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;

/** The team's members with their role and status, and a menu of the owner's actions per row. */
class MemberGrid extends Grid<MemberStanding> {

    enum Action {
        CHANGE_ROLE("change-role"), DISABLE("disable"), ENABLE("enable"), REMOVE("remove");

        /** The menu item's message key. */
        final String key;

        Action(String name) {
            this.key = "team.action." + name;
        }
    }

    /** The columns given up, in this order, as the window narrows: phones keep name, status, actions. */
    private final List<Column<MemberStanding>> dropOrder;
    private final Column<MemberStanding> role;
    private boolean roleUnderName;

    MemberGrid(ZoneId zone) {
        super(MemberStanding.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addClassName("team-grid");
        setAllRowsVisible(true);
        addComponentColumn(this::name).setHeader(getTranslation("team.column.name")).setKey("name")
                .setWidth("10rem").setFlexGrow(2).setTooltipGenerator(MemberStanding::name);
        var email = addColumn(MemberStanding::email).setHeader(getTranslation("team.column.email")).setKey("email")
                .setWidth("13rem").setFlexGrow(2).setTooltipGenerator(MemberStanding::email);
        var role = addColumn(member -> getTranslation(TeamTexts.role(member.role())))
                .setHeader(getTranslation("team.column.role")).setKey("role").setWidth("8rem").setFlexGrow(0);
        var joined = addColumn(member -> Formats.date(member.joinedAt(), zone, getLocale()))
                .setHeader(getTranslation("team.column.joined")).setKey("joined").setWidth("8rem").setFlexGrow(0);
        addComponentColumn(this::status).setHeader(getTranslation("team.column.status")).setKey("status")
                .setWidth("7rem").setFlexGrow(0);
        addComponentColumn(this::actions).setHeader(HiddenText.of(getTranslation("team.column.actions")))
                .setKey("actions").setWidth("4rem").setFlexGrow(0).setFrozenToEnd(true);
        this.role = role;
        dropOrder = List.of(joined, email, role);
        GridRoom.follow(this, this::fitWidth);
    }

    void fitWidth(int windowWidth) {
        List<Column<MemberStanding>> shown = GridRoom.fitting(getColumns(), dropOrder, GridRoom.forWindow(windowWidth));
        getColumns().forEach(column -> column.setVisible(shown.contains(column)));
        boolean roleUnderName = !shown.contains(role);
        if (roleUnderName != this.roleUnderName) {
            this.roleUnderName = roleUnderName;
            getDataProvider().refreshAll();
        }
    }

    /** The member's name; on a phone, where the role column is given up, their role beneath it. */
    private Component name(MemberStanding member) {
        var cell = new Div(new Span(member.name()));
        cell.addClassName("member-name");
        if (roleUnderName) {
            var roleText = new Span(getTranslation(TeamTexts.role(member.role())));
            roleText.addClassName("muted");
            cell.add(roleText);
        }
        return cell;
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    private Badge status(MemberStanding member) {
        var badge = new Badge(getTranslation(member.enabled() ? "team.status.enabled" : "team.status.disabled"));
        badge.addThemeVariants(member.enabled() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR, BadgeVariant.SMALL);
        return badge;
    }

    private MenuBar actions(MemberStanding member) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("team.actions-for", member.name()));
        SubMenu items = root.getSubMenu();
        item(items, member, Action.CHANGE_ROLE);
        item(items, member, member.enabled() ? Action.DISABLE : Action.ENABLE);
        item(items, member, Action.REMOVE);
        return menu;
    }

    private void item(SubMenu menu, MemberStanding member, Action action) {
        menu.addItem(getTranslation(action.key), click -> fireEvent(new ActionEvent(this, member, action)));
    }

    static final class ActionEvent extends ComponentEvent<MemberGrid> {

        private final MemberStanding member;
        private final Action action;

        ActionEvent(MemberGrid source, MemberStanding member, Action action) {
            super(source, false);
            this.member = member;
            this.action = action;
        }

        MemberStanding member() {
            return member;
        }

        Action action() {
            return action;
        }
    }
}
