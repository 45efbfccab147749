package com.clientele.security.ui;

import com.clientele.base.Emails;
import com.clientele.base.InvalidInputException;
import com.clientele.security.ForgottenPasswords;
import com.clientele.security.TooManyRequestsException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Asks for a password reset link. The answer is the same whatever the address: it must not tell
 * whether an account has it.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · Clientele")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    static final String SENT = "If an account exists for that address, we sent a link to it. Open it within %d "
            + "minutes to choose a new password; it works once. Nothing arrived after a few minutes? Check the "
            + "spam folder, or ask for a new link.";

    private final transient ForgottenPasswords passwords;
    private final EmailField email = new EmailField("E-mail");
    private final Div card = new Div();

    public ForgotPasswordView(ForgottenPasswords passwords) {
        this.passwords = passwords;
        addClassName("login-view");
        card.addClassName("reset-card");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(Emails.MAX_LENGTH);
        email.setManualValidation(true);
        email.addValueChangeListener(change -> email.setInvalid(false));
        email.setWidthFull();
        var send = new Button("Send link", click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER).listenOn(card);
        send.setWidthFull();
        card.add(new H1("Forgot your password?"),
                new Paragraph("Enter the e-mail address you sign in with. We will send you a link to choose a "
                        + "new password."),
                email, send, backToSignIn());
        add(card);
        addAttachListener(attach -> email.focus());
    }

    private void send() {
        try {
            passwords.requestLink(email.getValue());
        } catch (InvalidInputException e) {
            showError(e.fieldErrors().getOrDefault("email", "Enter a valid e-mail address"));
            return;
        } catch (TooManyRequestsException e) {
            showError("Too many requests, try again in " + e.minutes() + (e.minutes() == 1 ? " minute." : " minutes."));
            return;
        }
        var sent = new Paragraph(SENT.formatted(passwords.linkValidity().toMinutes()));
        sent.addClassName("notice");
        sent.getElement().setAttribute("role", "status");
        card.removeAll();
        card.add(new H1("Check your e-mail"), sent, backToSignIn());
    }

    private void showError(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
    }

    static RouterLink backToSignIn() {
        var link = new RouterLink("Back to sign-in", LoginView.class);
        link.addClassName("reset-back");
        return link;
    }
}
