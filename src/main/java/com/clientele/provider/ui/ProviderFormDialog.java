package com.clientele.provider.ui;

import com.clientele.provider.NewProvider;
import com.clientele.provider.Passwords;
import com.clientele.provider.ProviderAccount;
import com.clientele.provider.ProviderChanges;
import com.clientele.base.ui.BrowserTime;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import java.util.Map;

/**
 * Creates or edits a provider. Knows nothing of services: it fires {@link CreateEvent} or
 * {@link UpdateEvent}, and the view shows the service's field errors with {@link #showErrors}.
 */
class ProviderFormDialog extends Dialog {

    private final TextField businessName = new TextField(getTranslation("provider.form.business-name"));
    private final EmailField email = new EmailField(getTranslation("provider.form.email"));
    private final ComboBox<String> timeZone = new ComboBox<>(getTranslation("provider.form.time-zone"));
    private final ComboBox<String> currency = new ComboBox<>(getTranslation("provider.form.currency"));
    private final ComboBox<String> country = new ComboBox<>(getTranslation("provider.form.country"));
    private final Checkbox generate = new Checkbox(getTranslation("provider.form.generate"), true);
    private final PasswordField password = new PasswordField(getTranslation("provider.form.password"));
    private final Checkbox mustChange = new Checkbox(getTranslation("provider.form.must-change"), true);
    private final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fieldsByName = Map.of("businessName", businessName, "email", email,
            "timeZone", timeZone, "currency", currency, "country", country, "password", password);
    private final ProviderAccount editing;

    private ProviderFormDialog(ProviderAccount editing) {
        this.editing = editing;
        setHeaderTitle(editing == null ? getTranslation("provider.form.new-title")
                : getTranslation("provider.form.edit-title", editing.businessName()));
        setWidth("640px");
        setMaxWidth("100%");
        addClassName("provider-form");

        businessName.setMaxLength(200);
        email.setMaxLength(254);
        timeZone.setItems(ProviderChoices.timeZones());
        timeZone.setItemLabelGenerator(ProviderChoices::timeZoneLabel);
        currency.setItems(ProviderChoices.currencies());
        Locale locale = getLocale();
        currency.setItemLabelGenerator(code -> ProviderChoices.currencyLabel(code, locale));
        country.setItems(ProviderChoices.countries(locale));
        country.setItemLabelGenerator(code -> ProviderChoices.countryLabel(code, locale));
        country.addValueChangeListener(change -> {
            // the country's currency follows, unless the admin chose another currency than the old country's
            boolean suggested = currency.isEmpty() || (change.getOldValue() != null
                    && ProviderChoices.currencyOf(change.getOldValue()).map(currency.getValue()::equals).orElse(false));
            if (change.isFromClient() && change.getValue() != null && suggested) {
                ProviderChoices.currencyOf(change.getValue()).ifPresent(currency::setValue);
            }
        });
        password.setHelperText(getTranslation("provider.form.password-rules", Passwords.MIN_LENGTH));
        password.setMaxLength(Passwords.MAX_LENGTH);
        password.setVisible(false);
        mustChange.setVisible(false);
        generate.addValueChangeListener(change -> {
            password.setVisible(!change.getValue());
            mustChange.setVisible(!change.getValue());
        });
        for (HasValidation field : fieldsByName.values()) {
            // The service decides what is valid; its message stays until the field is changed.
            field.setManualValidation(true);
            HasValue<?, ?> input = (HasValue<?, ?>) field;
            input.setRequiredIndicatorVisible(true);
            input.addValueChangeListener(change -> field.setInvalid(false));
        }
        formError.addClassName("form-error");
        formError.setVisible(false);

        var form = new FormLayout(businessName, email, timeZone, currency, country);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 2));
        form.setColspan(businessName, 2);
        form.setColspan(email, 2);
        form.setColspan(timeZone, 2);
        if (editing == null) {
            // Defaults from the admin's browser (its language's country and its time zone).
            String where = ProviderChoices.defaultCountry(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
            country.setValue(where);
            ProviderChoices.currencyOf(where).ifPresent(currency::setValue);
            timeZone.setValue(ProviderChoices.defaultTimeZone(BrowserTime.zone(), where));
            form.add(generate, password, mustChange);
            form.setColspan(generate, 2);
            form.setColspan(password, 2);
            form.setColspan(mustChange, 2);
        } else {
            businessName.setValue(editing.businessName());
            email.setValue(editing.email());
            timeZone.setValue(editing.timeZone());
            currency.setValue(editing.currency());
            country.setValue(editing.country());
            form.add(new Paragraph(getTranslation("provider.form.email-change")));
        }
        add(formError, form);

        var cancel = new Button(getTranslation("provider.cancel"), click -> close());
        var save = new Button(getTranslation(editing == null ? "provider.form.create" : "provider.form.save"),
                click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in a text field saves; in a combo box it picks the highlighted choice instead.
        save.addClickShortcut(Key.ENTER).listenOn(businessName, email, password);
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                businessName.focus();
            }
        });
    }

    static ProviderFormDialog forCreate() {
        return new ProviderFormDialog(null);
    }

    static ProviderFormDialog forEdit(ProviderAccount account) {
        return new ProviderFormDialog(account);
    }

    /** Puts each message on its field; one that belongs to no field shows above the form. */
    void showErrors(Map<String, String> errors) {
        StringBuilder other = new StringBuilder();
        errors.forEach((name, message) -> {
            HasValidation field = fieldsByName.get(name);
            if (field != null && (!"password".equals(name) || password.isVisible())) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                other.append(other.isEmpty() ? "" : " ").append(message);
            }
        });
        formError.setText(other.toString());
        formError.setVisible(!other.isEmpty());
    }

    private void save() {
        formError.setVisible(false);
        if (editing == null) {
            fireEvent(new CreateEvent(this, generate.getValue()
                    ? NewProvider.withGeneratedPassword(businessName.getValue(), email.getValue(),
                            timeZone.getValue(), currency.getValue(), country.getValue())
                    : new NewProvider(businessName.getValue(), email.getValue(), timeZone.getValue(),
                            currency.getValue(), country.getValue(), password.getValue(), mustChange.getValue())));
        } else {
            fireEvent(new UpdateEvent(this, editing.providerId(), new ProviderChanges(businessName.getValue(),
                    email.getValue(), timeZone.getValue(), currency.getValue(), country.getValue())));
        }
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    Registration addUpdateListener(ComponentEventListener<UpdateEvent> listener) {
        return addListener(UpdateEvent.class, listener);
    }

    static final class CreateEvent extends ComponentEvent<ProviderFormDialog> {

        private final NewProvider request;

        CreateEvent(ProviderFormDialog source, NewProvider request) {
            super(source, false);
            this.request = request;
        }

        NewProvider request() {
            return request;
        }
    }

    static final class UpdateEvent extends ComponentEvent<ProviderFormDialog> {

        private final long providerId;
        private final ProviderChanges changes;

        UpdateEvent(ProviderFormDialog source, long providerId, ProviderChanges changes) {
            super(source, false);
            this.providerId = providerId;
            this.changes = changes;
        }

        long providerId() {
            return providerId;
        }

        ProviderChanges changes() {
            return changes;
        }
    }
}
