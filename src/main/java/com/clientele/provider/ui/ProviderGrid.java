package com.clientele.provider.ui;

import com.clientele.base.Formats;
import com.clientele.base.ui.GridRoom;
import com.clientele.base.ui.HiddenText;
import com.clientele.provider.AccountStatus;
import com.clientele.provider.ProviderAccount;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Provider accounts with their usage figures and a menu of account actions per row. */
class ProviderGrid extends Grid<ProviderAccount> {

    enum Action {
        EDIT("edit"), RESET_PASSWORD("reset-password"), DISABLE("disable"), ENABLE("enable"), UNLOCK("unlock");

        /** The menu item's message key. */
        final String key;

        Action(String name) {
            this.key = "provider.action." + name;
        }
    }

    /** The columns given up, in this order, as the window narrows. */
    private final List<Column<ProviderAccount>> dropOrder;
    private final ZoneId zone;

    ProviderGrid(ZoneId zone) {
        super(ProviderAccount.class, false);
        this.zone = zone;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addClassName("admin-grid");
        setPageSize(50);
        addComponentColumn(this::business).setHeader(getTranslation("provider.column.business-name"))
                .setKey("businessName").setSortProperty("businessName").setSortable(true).setWidth("10rem")
                .setFlexGrow(3).setTooltipGenerator(ProviderGrid::businessTooltip);
        var email = addColumn(ProviderAccount::email).setHeader(getTranslation("provider.column.email"))
                .setKey("email").setSortProperty("email").setSortable(true).setWidth("13rem").setFlexGrow(2)
                .setTooltipGenerator(ProviderAccount::email);
        var customers = addColumn(account -> count(account.customers()))
                .setHeader(getTranslation("provider.column.customers")).setKey("customers")
                .setSortProperty("customers").setSortable(true).setTextAlign(ColumnTextAlign.END).setWidth("8rem")
                .setFlexGrow(0);
        var members = addColumn(account -> count(account.members()))
                .setHeader(getTranslation("provider.column.members")).setKey("members")
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        var bookings = addColumn(account -> count(account.bookings()))
                .setHeader(header(getTranslation("provider.column.bookings"),
                        getTranslation("provider.column.bookings.tooltip")))
                .setKey("bookings").setSortProperty("bookings").setSortable(true).setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem").setFlexGrow(0);
        String never = getTranslation("provider.column.last-login.never");
        var lastLogin = addColumn(account -> account.lastLoginAt() == null ? never
                : Formats.dateTime(account.lastLoginAt(), zone, getLocale()))
                .setHeader(getTranslation("provider.column.last-login")).setKey("lastLoginAt")
                .setSortProperty("lastLoginAt").setSortable(true).setWidth("11.5rem").setFlexGrow(0);
        addComponentColumn(this::statusBadge).setHeader(getTranslation("provider.column.status")).setKey("status")
                .setWidth("7rem").setFlexGrow(0);
        addComponentColumn(this::actions).setHeader(HiddenText.of(getTranslation("provider.column.actions")))
                .setKey("actions").setWidth("4rem").setFlexGrow(0).setFrozenToEnd(true);
        dropOrder = List.of(lastLogin, bookings, members, customers, email);
        GridRoom.follow(this, this::fitWidth);
    }

    /** Shows the columns that fit the window, the secondary ones given up first; phones keep name, status, actions. */
    void fitWidth(int windowWidth) {
        List<Column<ProviderAccount>> shown = GridRoom.fitting(getColumns(), dropOrder, GridRoom.forWindow(windowWidth));
        getColumns().forEach(column -> column.setVisible(shown.contains(column)));
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    /** The business's name, and below it its enabled owners: "Owner: Jane Doe" (their e-mails in the tooltip). */
    private Div business(ProviderAccount account) {
        var name = new Span(account.businessName());
        name.addClassName("provider-business-name");
        var owners = new Span(account.owners().isEmpty() ? getTranslation("provider.owners.none")
                : getTranslation("provider.owners", account.owners().size(), account.owners().stream()
                        .map(ProviderAccount.Owner::name).collect(Collectors.joining(", "))));
        owners.addClassNames("provider-owners", "muted");
        var cell = new Div(name, owners);
        cell.addClassName("provider-business");
        return cell;
    }

    /** The whole name and each owner with their e-mail, for names cut short in the cell. */
    private static String businessTooltip(ProviderAccount account) {
        return account.owners().stream().map(owner -> owner.name() + " <" + owner.email() + ">")
                .collect(Collectors.joining(", ", account.businessName() + (account.owners().isEmpty() ? "" : " · "), ""));
    }

    private Badge statusBadge(ProviderAccount account) {
        var badge = new Badge(getTranslation(statusKey(account.status())));
        badge.addThemeVariants(switch (account.status()) {
            case ENABLED -> BadgeVariant.SUCCESS;
            case LOCKED -> BadgeVariant.WARNING;
            case DISABLED -> BadgeVariant.ERROR;
        });
        if (account.status() == AccountStatus.LOCKED) {
            badge.getElement().setAttribute("title", getTranslation("provider.status.locked-until",
                    Formats.dateTime(account.lockedUntil(), zone, getLocale())));
        }
        return badge;
    }

    private MenuBar actions(ProviderAccount account) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("provider.actions-for", account.businessName()));
        SubMenu items = root.getSubMenu();
        item(items, account, Action.EDIT);
        item(items, account, Action.RESET_PASSWORD);
        if (account.status() == AccountStatus.LOCKED) {
            item(items, account, Action.UNLOCK);
        }
        item(items, account, account.status() == AccountStatus.DISABLED ? Action.ENABLE : Action.DISABLE);
        return menu;
    }

    private void item(SubMenu menu, ProviderAccount account, Action action) {
        menu.addItem(getTranslation(action.key), click -> fireEvent(new ActionEvent(this, account, action)));
    }

    /** The message key of an account status, as the grid and the status filter name it. */
    static String statusKey(AccountStatus status) {
        return "provider.status." + status.name().toLowerCase(Locale.ROOT);
    }

    private static Span header(String text, String tooltip) {
        var span = new Span(text);
        span.getElement().setAttribute("title", tooltip);
        return span;
    }

    static final class ActionEvent extends ComponentEvent<ProviderGrid> {

        private final ProviderAccount account;
        private final Action action;

        ActionEvent(ProviderGrid source, ProviderAccount account, Action action) {
            super(source, false);
            this.account = account;
            this.action = action;
        }

        ProviderAccount account() {
            return account;
        }

        Action action() {
            return action;
        }
    }

    /** "1,255", as every count elsewhere in the app, in the reader's language. */
    private String count(long value) {
        return Formats.count(value, getLocale());
    }
}
