package com.clientele.security;

import com.clientele.provider.AccountPreferences;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Speaks each member's language: before sign-in the browser's (Vaadin matches it against the
 * languages we have), from the first screen after sign-in the one stored on their account, if they
 * chose one.
 */
@Component
class AccountLanguage implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = AccountLanguage.class.getName() + ".account";

    private final CurrentUser currentUser;
    private final AccountPreferences preferences;

    AccountLanguage(CurrentUser currentUser, AccountPreferences preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        currentUser.find().ifPresent(user -> {
            VaadinSession session = ui.getSession();
            if (!Long.valueOf(user.accountId()).equals(session.getAttribute(APPLIED_FOR))) {
                preferences.ownLanguage().ifPresent(language -> session.setLocale(language.locale()));
                session.setAttribute(APPLIED_FOR, user.accountId());
            }
        });
    }
}
