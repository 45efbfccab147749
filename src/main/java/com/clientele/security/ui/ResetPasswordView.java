package com.clientele.security.ui;

import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.provider.ResetLink;
import com.clientele.provider.ResetLinkInvalidException;
import com.clientele.security.ForgottenPasswords;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The page a reset link opens: a new password twice, or one clear message when the link cannot be
 * used. The token is taken out of the address bar once read, so it stays out of the history.
 */
@Route(value = ResetLink.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
    public String getPageTitle() {
        return getTranslation("reset.form.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter(ResetLink.TOKEN_PARAMETER).orElse(null);
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
                passwords.resetPassword(token, submit.password(), getLocale());
            } catch (InvalidInputException e) {
                form.showProblem(ErrorMessages.fields(e).getOrDefault("newPassword", ""));
                return;
            } catch (ResetLinkInvalidException e) {
                showInvalid();
                return;
            }
            showDone();
        });
        card.removeAll();
        card.add(new H1(getTranslation("reset.form.heading")), form, ForgotPasswordView.backToSignIn(this));
        form.focus();
    }

    private void showInvalid() {
        token = null;
        var message = new Paragraph(getTranslation("reset.invalid.text", passwords.linkValidity().toMinutes()));
        message.addClassName("notice");
        message.getElement().setAttribute("role", "alert");
        card.removeAll();
        card.add(new H1(getTranslation("reset.invalid.heading")), message,
                new RouterLink(getTranslation("reset.invalid.again"), ForgotPasswordView.class),
                ForgotPasswordView.backToSignIn(this));
    }

    private void showDone() {
        token = null;
        var done = new Paragraph(getTranslation("reset.done.text"));
        done.addClassName("notice");
        done.getElement().setAttribute("role", "status");
        card.removeAll();
        card.add(new H1(getTranslation("reset.done.heading")), done,
                new RouterLink(getTranslation("reset.done.sign-in"), LoginView.class));
    }
}
