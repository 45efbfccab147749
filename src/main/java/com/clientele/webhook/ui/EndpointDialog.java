package com.clientele.webhook.ui;

import com.clientele.webhook.WebhookEndpoint;
import com.clientele.webhook.WebhookEndpointRequest;
import com.clientele.webhook.WebhookEventType;
import com.clientele.webhook.WebhookService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Adds or changes an endpoint: URL, description, event types, on or off. Fires {@link SaveEvent};
 * the view saves and shows refusals on the fields ({@link #showErrors}), keeping what was typed.
 * Knows nothing of services.
 */
class EndpointDialog extends Dialog {

    final TextField url = new TextField();
    final TextField description = new TextField();
    final CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();

    /** @param endpoint the endpoint to change; null for a new one */
    EndpointDialog(@Nullable WebhookEndpoint endpoint) {
        addClassName("webhook-dialog");
        setHeaderTitle(getTranslation(endpoint == null ? "webhook.dialog.add" : "webhook.dialog.edit"));
        setWidth("min(560px, 96vw)");
        url.setLabel(getTranslation("webhook.field.url"));
        url.setHelperText(getTranslation("webhook.field.url.help"));
        url.setRequired(true);
        url.setWidthFull();
        description.setLabel(getTranslation("webhook.field.description"));
        description.setMaxLength(WebhookService.DESCRIPTION_MAX);
        description.setWidthFull();
        events.setLabel(getTranslation("webhook.field.events"));
        events.setItems(WebhookEventType.values());
        events.setItemLabelGenerator(type -> getTranslation(type.labelKey()) + " (" + type.code() + ")");
        events.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        events.setRequiredIndicatorVisible(true);
        enabled.setLabel(getTranslation("webhook.field.enabled"));
        for (HasValidation field : new HasValidation[] {url, description, events}) {
            field.setManualValidation(true);
        }
        if (endpoint == null) {
            events.setValue(EnumSet.allOf(WebhookEventType.class));
            enabled.setValue(true);
        } else {
            url.setValue(endpoint.url());
            description.setValue(endpoint.description() == null ? "" : endpoint.description());
            events.setValue(endpoint.eventTypes());
            enabled.setValue(endpoint.enabled());
        }
        FormLayout form = new FormLayout(url, description, events, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("webhook.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this, new WebhookEndpointRequest(url.getValue(),
                description.getValue(), events.getValue(), enabled.getValue()))));
        Button cancel = new Button(getTranslation("webhook.cancel"), click -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> url.focus());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    void showErrors(Map<String, String> errors) {
        show(url, errors.get("url"));
        show(description, errors.get("description"));
        show(events, errors.get("eventTypes"));
    }

    private static <F extends HasValidation> void show(F field, @Nullable String error) {
        field.setErrorMessage(error);
        field.setInvalid(error != null);
    }

    static final class SaveEvent extends ComponentEvent<EndpointDialog> {

        private final WebhookEndpointRequest request;

        SaveEvent(EndpointDialog source, WebhookEndpointRequest request) {
            super(source, false);
            this.request = request;
        }

        WebhookEndpointRequest request() {
            return request;
        }
    }
}
