package com.clientele.security.ui;

import com.clientele.provider.AccountPreferences;
import com.clientele.security.AppUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every view: the menu shows each role only the views it may open. Everything in
 * it sits in a landmark (the top bar a header, the menu a navigation, the view its main), and the
 * first Tab on every page reaches the skip links.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The product's name: the same in every language. */
    static final String APP_NAME = "Clientele";

    private final transient AuthenticationContext authentication;
    private final transient AccountPreferences preferences;
    private final SkipLinks skipLinks = new SkipLinks();

    public MainLayout(AuthenticationContext authentication, AccountPreferences preferences) {
        this.authentication = authentication;
        this.preferences = preferences;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        var topBar = new Header(skipLinks, toggle, userMenu());
        topBar.addClassName("top-bar");
        addToNavbar(topBar);
        // A plain scrolling box, not a Scroller: that is a Tab stop of its own before the links,
        // and with tabindex -1 the browser skips the links inside it too.
        var items = new Div(navigation());
        items.addClassName("main-menu-items");
        var menu = new Nav(brand(), items);
        menu.addClassName("main-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("layout.main-menu"));
        addToDrawer(menu);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        skipLinks.follow(content);
    }

    private Component brand() {
        var name = new Span(APP_NAME);
        name.addClassName("brand");
        return name;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        // a list inside the menu's navigation landmark, not a second navigation landmark
        nav.getElement().setAttribute("role", "none");
        // a view's @Menu title is a message key (a title not yet in the bundles reads as it is)
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component userMenu() {
        var box = new Div();
        box.addClassName("user-menu");
        authentication.getAuthenticatedUser(AppUser.class).ifPresent(user -> {
            var who = new Span(user.email());
            who.addClassName("user-email");
            // By route, not class: the view belongs to the security feature.
            var password = new Button(getTranslation("layout.password"), VaadinIcon.KEY.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            password.setTooltipText(getTranslation("layout.change-password"));
            password.setAriaLabel(getTranslation("layout.change-password"));
            password.addClassName("password-button");
            var signOut = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.addClassName("sign-out");
            box.add(who, new LanguageMenu(preferences), password, signOut);
        });
        return box;
    }
}
