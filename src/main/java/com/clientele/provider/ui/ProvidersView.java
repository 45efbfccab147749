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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins run the provider base: find businesses, see their teams (member count, owners), create and
 * edit them, disable or enable a whole business, reset its sign-in's password, unlock it.
 */
@Route("admin/providers")
@Menu(title = "provider.menu", order = 10, icon = "vaadin:briefcase")
@RolesAllowed(Roles.ADMIN)
public class ProvidersView extends Main implements HasDynamicTitle {

    private final transient ProviderAccountService service;
    private final TextField search = new TextField();
    private final Select<AccountStatus> status = new Select<>();
    private final ProviderGrid grid;

    public ProvidersView(ProviderAccountService service) {
        this.service = service;
        addClassName("view");
        var create = new Button(getTranslation("provider.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        search.setPlaceholder(getTranslation("provider.search.placeholder"));
        search.setAriaLabel(getTranslation("provider.search.label"));
        search.addClassName("admin-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(ProviderAccountFilter.SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        String allStatuses = getTranslation("provider.filter.all-statuses");
        status.setAriaLabel(getTranslation("provider.filter.status"));
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(allStatuses);
        status.setItemLabelGenerator(value -> value == null ? allStatuses
                : getTranslation(ProviderGrid.statusKey(value)));
        status.addValueChangeListener(change -> refresh());
        var filters = new Div(search, status);
        filters.addClassName("admin-filters");

        grid = new ProviderGrid(BrowserTime.zone());
        grid.setEmptyStateText(getTranslation("provider.empty"));
        grid.setItemsPageable(pageable -> service.list(filter(), pageable), pageable -> service.count(filter()));
        grid.addActionListener(event -> act(event.account(), event.action()));
        add(new ViewHeader(getTranslation("provider.title")).withActions(create), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provider.page-title");
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
            Toasts.success(getTranslation("provider.created", event.request().businessName().strip()));
            if (created.generatedPassword() != null) {
                new PasswordShownOnceDialog(getTranslation("provider.created.title"), event.request().email().strip(),
                        created.generatedPassword()).open();
            }
        });
        dialog.open();
    }

    private void act(ProviderAccount account, ProviderGrid.Action action) {
        String name = account.businessName();
        switch (action) {
            case EDIT -> openEdit(account);
            case RESET_PASSWORD -> confirm("provider.reset", name, () -> {
                String password = service.resetPassword(account.accountId());
                Toasts.success(getTranslation("provider.reset.done", name));
                new PasswordShownOnceDialog(getTranslation("provider.reset.dialog-title"), account.email(), password)
                        .open();
            });
            case DISABLE -> confirm("provider.disable", name, () -> {
                service.disableBusiness(account.providerId());
                Toasts.success(getTranslation("provider.disable.done", name));
            });
            case ENABLE -> perform(() -> {
                service.enableBusiness(account.providerId());
                Toasts.success(getTranslation("provider.enabled", name));
            });
            case UNLOCK -> perform(() -> {
                service.unlock(account.accountId());
                Toasts.success(getTranslation("provider.unlocked", name));
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
                Toasts.error(ErrorMessages.describe(e));
                return;
            }
            dialog.close();
            refresh();
            Toasts.success(getTranslation("provider.saved", event.changes().businessName().strip()));
        });
        dialog.open();
    }

    /** Asks before an account action; its texts are the keys {@code <key>.title}, {@code .text}, {@code .confirm}. */
    private void confirm(String key, String name, Runnable action) {
        var dialog = new ConfirmDialog(getTranslation(key + ".title", name), getTranslation(key + ".text"),
                getTranslation(key + ".confirm"), confirmed -> perform(action));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("provider.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Runs an account action; a refused one (last admin, account gone) gets a clear message. */
    private void perform(Runnable action) {
        try {
            action.run();
        } catch (ConflictException | NotFoundException e) {
            Toasts.error(ErrorMessages.describe(e));
        }
        refresh();
    }
}
