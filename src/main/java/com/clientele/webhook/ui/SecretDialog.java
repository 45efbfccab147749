package com.clientele.webhook.ui;

import com.clientele.base.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows an endpoint's signing secret the only time it is shown (after adding the endpoint or rotating
 * its secret), with a copy button. It closes only through its button, so a stray click loses nothing.
 */
class SecretDialog extends Dialog {

    final TextField value = new TextField();
    final Button copy = new Button(VaadinIcon.COPY.create());
    final Button done = new Button();

    SecretDialog(String url, String secret) {
        addClassName("webhook-secret-dialog");
        setHeaderTitle(getTranslation("webhook.secret.title"));
        setWidth("min(640px, 96vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        Paragraph warning = new Paragraph(getTranslation("webhook.secret.warning", url));
        warning.addClassName("token-warning");
        value.setLabel(getTranslation("webhook.secret.value"));
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.addClassName("token-value");
        value.addFocusListener(e -> value.getElement().executeJs("this.inputElement.select()"));
        copy.setText(getTranslation("webhook.secret.copy"));
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", secret)
                .then(ok -> Toasts.success(getTranslation("webhook.secret.copied")),
                        error -> Toasts.error(getTranslation("webhook.secret.copy-blocked"))));
        add(warning, value, copy, new Paragraph(getTranslation("webhook.secret.how")));
        done.setText(getTranslation("webhook.secret.done"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> close());
        getFooter().add(done);
        addOpenedChangeListener(e -> value.focus());
    }
}
