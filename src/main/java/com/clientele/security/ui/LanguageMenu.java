package com.clientele.security.ui;

import com.clientele.base.Language;
import com.clientele.provider.AccountPreferences;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.html.Span;

/**
 * The top bar's language menu. The member's choice is stored on their account and applies at once:
 * the session switches language and the page reloads in it, still signed in.
 */
class LanguageMenu extends MenuBar {

    private final transient AccountPreferences preferences;

    LanguageMenu(AccountPreferences preferences) {
        this.preferences = preferences;
        addClassName("language-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        Language current = Language.of(getLocale());
        var code = new Span(current.code().toUpperCase(current.locale()));
        MenuItem root = addItem(VaadinIcon.GLOBE.create());
        root.add(code);
        root.setAriaLabel(getTranslation("language.menu.current", current.nativeName()));
        setTooltipText(root, getTranslation("language.menu"));
        SubMenu languages = root.getSubMenu();
        for (Language language : Language.values()) {
            MenuItem item = languages.addItem(language.nativeName(), click -> choose(language));
            item.setCheckable(true);
            item.setChecked(language == current);
            item.getElement().setAttribute("lang", language.code());
        }
    }

    private void choose(Language language) {
        preferences.changeOwnLanguage(language);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(language.locale());
            ui.getPage().reload();
        });
    }
}
