package com.clientele.provider.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.ui.BrowserTime;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.Toasts;
import com.clientele.base.ui.ViewHeader;
import com.clientele.provider.CreatedProvider;
import com.clientele.provider.AccountStatus;
import com.clientele.provider.ProviderAccount;
import com.clientele.provider.ProviderAccountFilter;
import com.clientele.provider.ProviderAccountService;
import com.clientele.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins run the provider base: find accounts, create and edit them, disable, reset, unlock. */
@Route("admin/providers")
@PageTitle("Provider accounts · Clientele")
@Menu(title = "Provider accounts", order = 10, icon = "vaadin:briefcase")
@RolesAllowed(Roles.ADMIN)
public class ProvidersView extends Main {

    private final transient ProviderAccountService service;
    private final TextField search = new TextField();
    private final Select<AccountStatus> status = new Select<>();
    private final ProviderGrid grid;

    public ProvidersView(ProviderAccountService service) {
        this.service = service;
        addClassName("view");
        var create = new Button("New provider", VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        search.setPlaceholder("Search business name or e-mail");
        search.setAriaLabel("Search providers");
        search.addClassName("admin-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(ProviderAccountFilter.SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        status.setAriaLabel("Status");
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All statuses");
        status.setItemLabelGenerator(value -> value == null ? "All statuses" : value.label());
        status.addValueChangeListener(change -> refresh());
        var filters = new Div(search, status);
        filters.addClassName("admin-filters");

        grid = new ProviderGrid(BrowserTime.zone());
        grid.setEmptyStateText("No provider accounts match");
        grid.setItemsPageable(pageable -> service.list(filter(), pageable), pageable -> service.count(filter()));
        grid.addActionListener(event -> act(event.account(), event.action()));
        add(new ViewHeader("Provider accounts").withActions(create), filters, grid);
    }

    private ProviderAccountFilter filter() {
        return new ProviderAccountFilter(search.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openCreate() {
        var dialog = ProviderFormDialog.forCreate();
        dialog.addCreateListener(event -> {
            CreatedProvider created;
            try {
                created = service.createProvider(event.request());
            } catch (InvalidInputException e) {
                dialog.showErrors(ErrorMessages.fields(e));
                return;
            }
            dialog.close();
            refresh();
            Toasts.success(event.request().businessName().strip() + " created");
            if (created.generatedPassword() != null) {
                new PasswordShownOnceDialog("Provider created", event.request().email().strip(),
                        created.generatedPassword()).open();
            }
        });
        dialog.open();
    }

    private void act(ProviderAccount account, ProviderGrid.Action action) {
        String name = account.businessName();
        switch (action) {
            case EDIT -> openEdit(account);
            case RESET_PASSWORD -> confirm("Reset the password of " + name + "?",
                    "A new password is generated and shown once. Their open sessions end, and they must choose "
                            + "a new password when they sign in.", "Reset password", () -> {
                        String password = service.resetPassword(account.accountId());
                        Toasts.success("Password of " + name + " reset");
                        new PasswordShownOnceDialog("New password", account.email(), password).open();
                    });
            case DISABLE -> confirm("Disable " + name + "?",
                    "They can no longer sign in, and their open sessions end now. Their data stays.", "Disable",
                    () -> {
                        service.disable(account.accountId());
                        Toasts.success(name + " disabled; their open sessions were ended");
                    });
            case ENABLE -> perform(() -> {
                service.enable(account.accountId());
                Toasts.success(name + " enabled");
            });
            case UNLOCK -> perform(() -> {
                service.unlock(account.accountId());
                Toasts.success(name + " unlocked");
            });
        }
    }

    private void openEdit(ProviderAccount account) {
        var dialog = ProviderFormDialog.forEdit(account);
        dialog.addUpdateListener(event -> {
            try {
                service.updateProvider(event.providerId(), event.changes());
            } catch (InvalidInputException e) {
                dialog.showErrors(ErrorMessages.fields(e));
                return;
            } catch (NotFoundException e) {
                Toasts.error(e.getMessage());
                return;
            }
            dialog.close();
            refresh();
            Toasts.success(event.changes().businessName().strip() + " saved");
        });
        dialog.open();
    }

    private void confirm(String header, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(header, text, confirmText, confirmed -> perform(action));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Runs an account action; a refused one (last admin, account gone) gets a clear message. */
    private void perform(Runnable action) {
        try {
            action.run();
        } catch (ConflictException | NotFoundException e) {
            Toasts.error(e.getMessage());
        }
        refresh();
    }
}
