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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Asks for a password reset link. The answer is the same whatever the address: it must not tell
 * whether an account has it.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    private final transient ForgottenPasswords passwords;
    private final EmailField email = new EmailField();
    private final Div card = new Div();

    public ForgotPasswordView(ForgottenPasswords passwords) {
        this.passwords = passwords;
        addClassName("login-view");
        card.addClassName("reset-card");
        email.setLabel(getTranslation("reset.request.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(Emails.MAX_LENGTH);
        email.setManualValidation(true);
        email.addValueChangeListener(change -> email.setInvalid(false));
        email.setWidthFull();
        var send = new Button(getTranslation("reset.request.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER).listenOn(card);
        send.setWidthFull();
        card.add(new H1(getTranslation("reset.request.heading")),
                new Paragraph(getTranslation("reset.request.intro")), email, send, backToSignIn(this));
        add(card);
        addAttachListener(attach -> email.focus());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.page-title");
    }

    private void send() {
        try {
            passwords.requestLink(email.getValue(), getLocale());
        } catch (InvalidInputException e) {
            showError(getTranslation("reset.request.email-invalid"));
            return;
        } catch (TooManyRequestsException e) {
            showError(getTranslation("reset.request.too-many", e.minutes()));
            return;
        }
        var sent = new Paragraph(getTranslation("reset.sent.text", passwords.linkValidity().toMinutes()));
        sent.addClassName("notice");
        sent.getElement().setAttribute("role", "status");
        card.removeAll();
        card.add(new H1(getTranslation("reset.sent.heading")), sent, backToSignIn(this));
    }

    private void showError(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
    }

    /** The way back to the sign-in page, on every page of the forgotten-password flow. */
    static RouterLink backToSignIn(Main page) {
        var link = new RouterLink(page.getTranslation("reset.back"), LoginView.class);
        link.addClassName("reset-back");
        return link;
    }
}
