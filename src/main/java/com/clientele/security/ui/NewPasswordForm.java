package com.clientele.security.ui;

import com.clientele.provider.Passwords;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** A new password, twice. Fires {@link SubmitEvent} when both agree; knows nothing of services. */
class NewPasswordForm extends FormLayout {

    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    NewPasswordForm() {
        this("reset.form.submit");
    }

    /** @param submitKey the message key of the submit button's text */
    NewPasswordForm(String submitKey) {
        addClassName("change-password-form");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        fresh.setLabel(getTranslation("reset.form.new"));
        repeat.setLabel(getTranslation("reset.form.again"));
        fresh.setHelperText(getTranslation("reset.form.rules", Passwords.MIN_LENGTH));
        for (PasswordField field : List.of(fresh, repeat)) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(Passwords.MAX_LENGTH);
            field.setManualValidation(true);
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
        var submit = new Button(getTranslation(submitKey), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        add(fresh, repeat, submit);
    }

    void focus() {
        fresh.focus();
    }

    /** Shows what the password rules said about the new password, in the page's language. */
    void showProblem(String problem) {
        fresh.setErrorMessage(problem);
        fresh.setInvalid(true);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    private void submit() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("reset.form.differ"));
            repeat.setInvalid(true);
            return;
        }
        fireEvent(new SubmitEvent(this, fresh.getValue()));
    }

    static final class SubmitEvent extends ComponentEvent<NewPasswordForm> {

        private final String password;

        SubmitEvent(NewPasswordForm source, String password) {
            super(source, false);
            this.password = password;
        }

        String password() {
            return password;
        }
    }
}
