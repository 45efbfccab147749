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
import java.util.function.Consumer;

/**
 * Carries out what a provider asks for on a customer — favourite, block, notes, message — through
 * the services, with a toast on success and a clear message on failure, then lets the screen
 * refresh.
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
                favorite ? row.name() + " is a favourite" : row.name() + " is no longer a favourite")
                .ifPresent(details -> changed.run());
    }

    @Override
    public void openDetails(CustomerRow row) {
        openDetails.accept(row);
    }

    @Override
    public void block(CustomerRow row) {
        BlockDialog dialog = new BlockDialog(row.name());
        dialog.onBlock(reason -> {
            try {
                customers.block(row.relationId(), reason);
                Toasts.success(row.name() + " is blocked");
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
    public void unblock(CustomerRow row) {
        Actions.run(() -> customers.unblock(row.relationId()), row.name() + " is unblocked")
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
            Toasts.success("Notes on " + saved.name() + " saved");
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
        SendMessageDialog dialog = new SendMessageDialog(row.name(), row.email(), messages.isEmailConfigured()
                ? "It is sent by e-mail and kept in the customer's history."
                : "E-mail is not set up yet: the message is saved in the customer's history and sent once it is.");
        dialog.onSend(message -> send(row, message, dialog));
        dialog.open();
    }

    private void send(CustomerRow row, NewMessage message, SendMessageDialog dialog) {
        try {
            messages.send(row.customerId(), message);
            Toasts.success(messages.isEmailConfigured() && row.email() != null
                    ? "Message to " + row.name() + " is on its way"
                    : "Message to " + row.name() + " saved");
            dialog.close();
            changed.run();
        } catch (InvalidInputException e) {
            dialog.showErrors(ErrorMessages.fields(e));
        } catch (RuntimeException e) {
            Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElse(ErrorMessages.UNEXPECTED)));
        }
    }
}
