package com.clientele.security.ui;

import com.clientele.provider.LockoutSettings;
import com.clientele.security.TypedSignInName;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * The sign-in page, in the browser's language: nobody is signed in yet, so no account has chosen
 * one. Every text of Vaadin's login form comes from the bundles, none from its English defaults.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginI18n i18n = LoginI18n.createDefault();

    private final LoginForm login = new LoginForm();
    private final Paragraph preparing = new Paragraph();
    private final transient AuthenticationContext authentication;
    private final transient ApplicationAvailability availability;

    public LoginView(AuthenticationContext authentication, ApplicationAvailability availability,
            LockoutSettings lockout) {
        this.authentication = authentication;
        this.availability = availability;
        addClassName("login-view");
        i18n.getForm().setTitle(MainLayout.APP_NAME);
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("reset.forgot-link"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password-required"));
        // The same message for every failure: it must not tell whether an e-mail exists or is locked.
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message", lockout.maxFailedLogins(),
                Math.max(1, lockout.lockTime().toMinutes())));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");
        preparing.setText(getTranslation("login.preparing"));
        preparing.addClassName("notice");
        preparing.getElement().setAttribute("role", "status");
        var forgot = new RouterLink(getTranslation("reset.forgot-link"), ForgotPasswordView.class);
        forgot.addClassName("forgot-password");
        add(preparing, login, forgot);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(""); // the start page sends each role to its work
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        // Set by the sign-in throttle (429): how many minutes until the next attempt is allowed.
        Integer throttled = parameters.getSingleParameter("throttled").filter(v -> v.matches("[0-9]{1,3}"))
                .map(Integer::valueOf).orElse(null);
        if (throttled != null) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", Math.max(1, throttled)));
            login.setI18n(i18n);
        }
        boolean refused = throttled != null || parameters.getParameters().containsKey("error");
        login.setError(refused);
        String typed = refused ? TypedSignInName.take(VaadinSession.getCurrent().getSession()) : null;
        if (typed != null) {
            showTyped(typed);
        }
        showReadiness();
    }

    /**
     * After a refused sign-in the form shows the e-mail typed again and puts the cursor in the
     * password field. The fields belong to the web component (it posts them to Spring Security
     * itself), so they are filled in the browser once the component has rendered them.
     */
    private void showTyped(String email) {
        login.getElement().setProperty("noAutofocus", true);
        // First tried after the next frame (the form has rendered), then polled on a timer rather than
        // for a number of frames: a busy browser renders late. Checked once more after 250 ms, in case
        // the form's own first render moved the focus or replaced the value.
        login.getElement().executeJs("""
                const form = this;
                const started = Date.now();
                const show = settled => {
                  const user = form.querySelector('vaadin-text-field[name=username]');
                  const password = form.querySelector('vaadin-password-field[name=password]');
                  if (!user || !password) {
                    if (Date.now() - started < 15000) setTimeout(() => show(false), 50);
                    return;
                  }
                  if (!user.value) user.value = $0;
                  if (!settled || !password.contains(document.activeElement)) password.focus();
                  if (!settled) setTimeout(() => show(true), 250);
                };
                requestAnimationFrame(() => show(false));""", email);
    }

    /**
     * Until the start-up (demo data) is done, sign-in is refused (see AccountUserDetailsService): the
     * form is disabled with a notice, and the page checks every two seconds to open it.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        showReadiness();
        if (!ready()) {
            event.getUI().setPollInterval(2000);
            event.getUI().addPollListener(poll -> {
                showReadiness();
                if (ready()) {
                    poll.getSource().setPollInterval(-1);
                }
            });
        }
    }

    private void showReadiness() {
        boolean ready = ready();
        preparing.setVisible(!ready);
        login.setEnabled(ready);
    }

    private boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}
