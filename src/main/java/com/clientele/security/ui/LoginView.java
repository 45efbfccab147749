package com.clientele.security.ui;

import com.clientele.security.TypedSignInName;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Clientele")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String PREPARING = "Preparing demo data… Sign-in opens by itself when it is ready.";

    private final LoginI18n i18n = LoginI18n.createDefault();

    private final LoginForm login = new LoginForm();
    private final Paragraph preparing = new Paragraph(PREPARING);
    private final transient AuthenticationContext authentication;
    private final transient ApplicationAvailability availability;

    public LoginView(AuthenticationContext authentication, ApplicationAvailability availability) {
        this.authentication = authentication;
        this.availability = availability;
        addClassName("login-view");
        i18n.getForm().setTitle("Clientele");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle("Could not sign in");
        // The same message for every failure: it must not tell whether an e-mail exists or is locked.
        i18n.getErrorMessage().setMessage("Check your e-mail and password. After 5 failed attempts the account "
                + "is locked for 15 minutes.");
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");
        preparing.addClassName("notice");
        preparing.getElement().setAttribute("role", "status");
        var forgot = new RouterLink(getTranslation("reset.forgot-link"), ForgotPasswordView.class);
        forgot.addClassName("forgot-password");
        add(preparing, login, forgot);
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
            i18n.getErrorMessage().setTitle("Too many sign-in attempts");
            i18n.getErrorMessage().setMessage("Too many sign-in attempts, try again in " + Math.max(1, throttled)
                    + (throttled <= 1 ? " minute." : " minutes."));
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
        login.getElement().executeJs("""
                const form = this;
                const show = tries => {
                  const user = form.querySelector('vaadin-text-field[name=username]');
                  const password = form.querySelector('vaadin-password-field[name=password]');
                  if (!user || !password) {
                    if (tries > 0) requestAnimationFrame(() => show(tries - 1));
                    return;
                  }
                  if (!user.value) user.value = $0;
                  password.focus();
                };
                requestAnimationFrame(() => show(120));""", email);
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
