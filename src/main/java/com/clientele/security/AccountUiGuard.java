package com.clientele.security;

import com.clientele.provider.PasswordService;
import com.clientele.security.ui.ChangePasswordView;
import com.clientele.security.ui.LoginView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Runs before every navigation of a signed-in user: records the UI as the account's (so an admin
 * can end it) and keeps a user whose password was reset on the change-password page.
 */
@Component
class AccountUiGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final PasswordService passwords;

    AccountUiGuard(CurrentUser currentUser, AccountSessions sessions, PasswordService passwords) {
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        currentUser.find().ifPresent(user -> {
            sessions.track(event.getUI(), user.accountId());
            Class<?> target = event.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && passwords.mustChangePassword()) {
                event.forwardTo(ChangePasswordView.class);
            }
        });
    }
}
