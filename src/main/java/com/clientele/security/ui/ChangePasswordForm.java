package com.clientele.security.ui;

import com.clientele.provider.PasswordChange;
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
import java.util.Map;

/** Current password, new password twice. Fires {@link SubmitEvent}; knows nothing of services. */
class ChangePasswordForm extends FormLayout {

    private final PasswordField current = new PasswordField(getTranslation("password.current"));
    private final PasswordField fresh = new PasswordField(getTranslation("reset.form.new"));
    private final PasswordField repeat = new PasswordField(getTranslation("reset.form.again"));

    ChangePasswordForm() {
        addClassName("change-password-form");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("420px");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fresh.setHelperText(getTranslation("reset.form.rules", Passwords.MIN_LENGTH));
        for (PasswordField field : List.of(current, fresh, repeat)) {
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(Passwords.MAX_LENGTH);
            field.setManualValidation(true);
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
        var submit = new Button(getTranslation("password.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        add(current, fresh, repeat, submit);
    }

    void focus() {
        current.focus();
    }

    void clear() {
        List.of(current, fresh, repeat).forEach(PasswordField::clear);
    }

    void showErrors(Map<String, String> errors) {
        show(current, errors.get("currentPassword"));
        show(fresh, errors.get("newPassword"));
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    private void submit() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            show(repeat, getTranslation("reset.form.differ"));
            return;
        }
        fireEvent(new SubmitEvent(this, new PasswordChange(current.getValue(), fresh.getValue())));
    }

    private static void show(PasswordField field, String message) {
        if (message != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    static final class SubmitEvent extends ComponentEvent<ChangePasswordForm> {

        private final PasswordChange change;

        SubmitEvent(ChangePasswordForm source, PasswordChange change) {
            super(source, false);
            this.change = change;
        }

        PasswordChange change() {
            return change;
        }
    }
}
