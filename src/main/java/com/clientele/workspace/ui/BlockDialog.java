package com.clientele.workspace.ui;

import com.clientele.base.ui.DatePickers;
import com.clientele.customer.CustomerService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Asks why a customer is blocked (required) and, optionally, from which day they may book again
 * (SPEC 11): the block then ends by itself at the start of that day in the provider's time zone.
 */
class BlockDialog extends Dialog {

    static final int REASON_MAX = CustomerService.BLOCK_REASON_MAX;

    /** What the provider asked for: the reason, and the end of the block or null for one until lifted. */
    record Block(String reason, @Nullable Instant until) {
    }

    final TextArea reason = new TextArea(getTranslation("workspace.block.reason"));
    final DatePicker until = new DatePicker(getTranslation("workspace.block.until"));
    final Button block = new Button(getTranslation("workspace.block.confirm"));

    private Consumer<Block> onBlock = request -> { };

    BlockDialog(String customerName, ZoneId zone) {
        setHeaderTitle(getTranslation("workspace.block.title", customerName));
        Paragraph explanation = new Paragraph(getTranslation("workspace.block.text", customerName));
        reason.setRequired(true);
        reason.setMaxLength(REASON_MAX);
        reason.setPlaceholder(getTranslation("workspace.block.reason.example"));
        reason.setWidthFull();
        reason.setHelperText(getTranslation("workspace.block.reason.help"));
        DatePickers.localise(until);
        LocalDate today = LocalDate.now(zone);
        until.setMin(today.plusDays(1));
        until.setMax(today.plusDays(CustomerService.BLOCK_LONGEST.toDays()));
        until.setClearButtonVisible(true);
        until.setHelperText(getTranslation("workspace.block.until.help"));
        add(explanation, reason, until);

        block.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        block.addClickListener(click -> {
            // the service says what a reason and an end must be; showErrors puts its answer on the fields
            LocalDate end = until.getValue();
            onBlock.accept(new Block(reason.getValue() == null ? "" : reason.getValue().strip(),
                    end == null ? null : end.atStartOfDay(zone).toInstant()));
        });
        Button cancel = new Button(getTranslation("workspace.action.cancel"), click -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, block);
        addOpenedChangeListener(e -> reason.focus());
    }

    void onBlock(Consumer<Block> listener) {
        this.onBlock = listener;
    }

    /** Shows a refusal from the service on the reason field, keeping the dialog open. */
    void showError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }

    /** Shows the service's refusals on their fields (blocked_reason, blocked_until), keeping the dialog open. */
    void showErrors(Map<String, String> errors) {
        reason.setInvalid(false);
        until.setInvalid(false);
        errors.forEach((field, message) -> {
            if (field.equals("blocked_until")) {
                until.setErrorMessage(message);
                until.setInvalid(true);
            } else {
                showError(message);
            }
        });
    }
}
