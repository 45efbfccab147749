package com.clientele.workspace.ui;

import com.clientele.customer.CustomerService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a customer is exempt from the no-show rules (SPEC 11); the reason is required. */
class ExemptionDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("workspace.exempt.reason"));
    final Button exempt = new Button(getTranslation("workspace.exempt.confirm"));

    private Consumer<String> onExempt = text -> { };

    ExemptionDialog(String customerName) {
        setHeaderTitle(getTranslation("workspace.exempt.title", customerName));
        Paragraph explanation = new Paragraph(getTranslation("workspace.exempt.text", customerName));
        reason.setRequired(true);
        reason.setMaxLength(CustomerService.BLOCK_REASON_MAX);
        reason.setPlaceholder(getTranslation("workspace.exempt.reason.example"));
        reason.setWidthFull();
        add(explanation, reason);
        exempt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exempt.addClickListener(click -> onExempt.accept(reason.getValue() == null ? "" : reason.getValue().strip()));
        Button cancel = new Button(getTranslation("workspace.action.cancel"), click -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, exempt);
        addOpenedChangeListener(e -> reason.focus());
    }

    void onExempt(Consumer<String> listener) {
        this.onExempt = listener;
    }

    void showError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
