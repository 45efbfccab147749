package com.clientele.security.ui;

import com.clientele.base.InvalidInputException;
import com.clientele.provider.ResetLink;
import com.clientele.provider.ResetLinkInvalidException;
import com.clientele.security.ForgottenPasswords;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The page a reset link opens: a new password twice, or one clear message when the link cannot be
 * used. The token is taken out of the address bar once read, so it stays out of the history.
 */
@Route(value = ResetLink.ROUTE, autoLayout = false)
@PageTitle("Choose a new password · Clientele")
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver {

    static final String INVALID = "This link cannot be used: it was used already, it has expired, or a newer link "
            + "was sent. Links work once, for %d minutes.";

    private final transient ForgottenPasswords passwords;
    private final Div card = new Div();
    private @Nullable String token;

    public ResetPasswordView(ForgottenPasswords passwords) {
        this.passwords = passwords;
        addClassName("login-view");
        card.addClassName("reset-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter(ResetLink.TOKEN_PARAMETER)
                .orElse(null);
        if (token != null) {
            event.getUI().getPage().getHistory().replaceState(null, ResetLink.ROUTE);
        }
        if (passwords.isUsable(token)) {
            showForm();
        } else {
            showInvalid();
        }
    }

    private void showForm() {
        var form = new NewPasswordForm();
        form.addSubmitListener(submit -> {
            try {
                passwords.resetPassword(token, submit.password());
            } catch (InvalidInputException e) {
                form.showError(e.fieldErrors().getOrDefault("newPassword", "Choose another password"));
                return;
            } catch (ResetLinkInvalidException e) {
                showInvalid();
                return;
            }
            showDone();
        });
        card.removeAll();
        card.add(new H1("Choose a new password"), form, ForgotPasswordView.backToSignIn());
        form.focus();
    }

    private void showInvalid() {
        token = null;
        var message = new Paragraph(INVALID.formatted(passwords.linkValidity().toMinutes()));
        message.addClassName("notice");
        message.getElement().setAttribute("role", "alert");
        card.removeAll();
        card.add(new H1("Link not valid"), message, new RouterLink("Request a new link", ForgotPasswordView.class),
                ForgotPasswordView.backToSignIn());
    }

    private void showDone() {
        token = null;
        var done = new Paragraph("Your password was changed, and every session of your account was signed out. "
                + "Sign in with your new password.");
        done.addClassName("notice");
        done.getElement().setAttribute("role", "status");
        card.removeAll();
        card.add(new H1("Password changed"), done, new RouterLink("Sign in", LoginView.class));
    }
}
