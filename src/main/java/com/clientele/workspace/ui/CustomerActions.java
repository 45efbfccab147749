package com.clientele.workspace.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.Toasts;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.NewMessage;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.function.Consumer;

/**
 * Carries out what a provider asks for on a customer — favourite, block, notes, message — through
 * the services, with a toast on success (in the reader's language) and a clear message on failure,
 * then lets the screen refresh.
 */
class CustomerActions implements CustomerGrid.RowActions {

    private final CustomerService customers;
    private final MessageService messages;
    private final Consumer<CustomerRow> openDetails;
    private final Runnable changed;

    CustomerActions(CustomerService customers, MessageService messages,
            Consumer<CustomerRow> openDetails, Runnable changed) {
        this.customers = customers;
        this.messages = messages;
        this.openDetails = openDetails;
        this.changed = changed;
    }

    @Override
    public void toggleFavorite(CustomerRow row) {
        boolean favorite = !row.favorite();
        Actions.run(() -> customers.setFavorite(row.relationId(), favorite),
                text(favorite ? "workspace.favorited" : "workspace.unfavorited", row.name()))
                .ifPresent(details -> changed.run());
    }

    @Override
    public void openDetails(CustomerRow row) {
        openDetails.accept(row);
    }

    @Override
    public void block(CustomerRow row) {
        BlockDialog dialog = new BlockDialog(row.name(), customers.profile().timeZone());
        dialog.onBlock(request -> {
            try {
                customers.block(row.relationId(), request.reason(), request.until());
                Toasts.success(text("workspace.blocked", row.name()));
                dialog.close();
                changed.run();
            } catch (InvalidInputException e) {
                dialog.showErrors(ErrorMessages.fields(e));
            } catch (RuntimeException e) {
                Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElse(ErrorMessages.UNEXPECTED)));
            }
        });
        dialog.open();
    }

    @Override
    public void exemptFromRules(CustomerRow row) {
        ExemptionDialog dialog = new ExemptionDialog(row.name());
        dialog.onExempt(reason -> {
            try {
                customers.exemptFromRules(row.relationId(), reason);
                Toasts.success(text("workspace.exempted", row.name()));
                dialog.close();
                changed.run();
            } catch (InvalidInputException e) {
                dialog.showError(ErrorMessages.text(e.text()));
            } catch (RuntimeException e) {
                Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElse(ErrorMessages.UNEXPECTED)));
            }
        });
        dialog.open();
    }

    @Override
    public void endExemption(CustomerRow row) {
        Actions.run(() -> customers.endExemption(row.relationId()), text("workspace.exemption-ended", row.name()))
                .ifPresent(details -> changed.run());
    }

    @Override
    public void clearFlag(CustomerRow row) {
        Actions.run(() -> customers.clearFlag(row.relationId()), text("workspace.flag-cleared", row.name()))
                .ifPresent(details -> changed.run());
    }

    @Override
    public void unblock(CustomerRow row) {
        Actions.run(() -> customers.unblock(row.relationId()), text("workspace.unblocked", row.name()))
                .ifPresent(details -> changed.run());
    }

    @Override
    public void editNotes(CustomerRow row) {
        Actions.run(() -> customers.details(row.relationId()), null).ifPresent(current -> {
            NotesDialog dialog = new NotesDialog(row.name(), current.notes(), current.version());
            dialog.onSave(save -> saveNotes(row, save, dialog));
            dialog.onReload(() -> Actions.run(() -> customers.details(row.relationId()), null)
                    .ifPresent(latest -> dialog.reload(latest.notes(), latest.version())));
            dialog.open();
        });
    }

    private void saveNotes(CustomerRow row, NotesDialog.Save save, NotesDialog dialog) {
        try {
            CustomerDetails saved = customers.updateNotes(row.relationId(), save.text(), save.version());
            Toasts.success(text("workspace.notes.saved", saved.name()));
            dialog.close();
            changed.run();
        } catch (ConflictException e) {
            dialog.showConflict();
        } catch (RuntimeException e) {
            Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElse(ErrorMessages.UNEXPECTED)));
        }
    }

    @Override
    public void sendMessage(CustomerRow row) {
        SendMessageDialog dialog = new SendMessageDialog(row.name(), row.email(), text(messages.isEmailConfigured()
                ? "workspace.message.by-email" : "workspace.message.no-mail-server"));
        dialog.onSend(message -> send(row, message, dialog));
        dialog.open();
    }

    private void send(CustomerRow row, NewMessage message, SendMessageDialog dialog) {
        try {
            messages.send(row.customerId(), message);
            Toasts.success(text(messages.isEmailConfigured() && row.email() != null
                    ? "workspace.message.on-its-way" : "workspace.message.saved", row.name()));
            dialog.close();
            changed.run();
        } catch (InvalidInputException e) {
            dialog.showErrors(ErrorMessages.fields(e));
        } catch (RuntimeException e) {
            Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElse(ErrorMessages.UNEXPECTED)));
        }
    }

    /** A text of the workspace bundle in the language of the current screen. */
    private static String text(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }
}
