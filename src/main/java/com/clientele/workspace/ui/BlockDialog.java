package com.clientele.workspace.ui;

import com.clientele.customer.CustomerService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a customer is blocked; the reason is required. */
class BlockDialog extends Dialog {

    static final int REASON_MAX = CustomerService.BLOCK_REASON_MAX;

    final TextArea reason = new TextArea(getTranslation("workspace.block.reason"));
    final Button block = new Button(getTranslation("workspace.block.confirm"));

    private Consumer<String> onBlock = reason -> { };

    BlockDialog(String customerName) {
        setHeaderTitle(getTranslation("workspace.block.title", customerName));
        Paragraph explanation = new Paragraph(getTranslation("workspace.block.text", customerName));
        reason.setRequired(true);
        reason.setMaxLength(REASON_MAX);
        reason.setPlaceholder(getTranslation("workspace.block.reason.example"));
        reason.setWidthFull();
        reason.setHelperText(getTranslation("workspace.block.reason.help"));
        add(explanation, reason);

        block.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        block.addClickListener(click -> {
            // the service says what a reason must be; showError puts its answer on the field
            onBlock.accept(reason.getValue() == null ? "" : reason.getValue().strip());
        });
        Button cancel = new Button(getTranslation("workspace.action.cancel"), click -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, block);
        addOpenedChangeListener(e -> reason.focus());
    }

    void onBlock(Consumer<String> listener) {
        this.onBlock = listener;
    }

    /** Shows a refusal from the service on the reason field, keeping the dialog open. */
    void showError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
