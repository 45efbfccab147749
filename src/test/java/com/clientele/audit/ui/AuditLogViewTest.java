package com.clientele.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditRecord;
import com.clientele.base.ui.GridFit;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.ProviderAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin reads who did what: every admin action shows up, newest first, and can be filtered. */
@IntegrationTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    ProviderAccountService providerAccounts;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void everyAdminActionOnAProviderIsListedNewestFirst() {
        TestProvider provider = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        long accountId = data.accountId(provider.email());
        providerAccounts.disableBusiness(provider.id());
        providerAccounts.enableBusiness(provider.id());
        providerAccounts.resetPassword(accountId);

        navigate(AuditLogView.class);
        test(find(TextField.class).withCaption("Target").single()).setValue(provider.email());

        assertThat(rows()).extracting(AuditRecord::action).containsExactly(AuditAction.PASSWORD_RESET,
                AuditAction.PROVIDER_ENABLED, AuditAction.PROVIDER_DISABLED, AuditAction.PROVIDER_CREATED);
        assertThat(rows()).extracting(AuditRecord::actor).containsOnly(DemoAccounts.ADMIN_EMAIL);
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("action"))).isEqualTo("Password reset");
    }

    @Test
    void anAdminReadingGermanSeesTheLogInGermanWithGermanDates() {
        TestProvider provider = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        providerAccounts.disableBusiness(provider.id());
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);

        navigate(AuditLogView.class);
        test(find(TextField.class).withCaption("Betroffen").single()).setValue(provider.email());

        assertThat(test(find(H1.class).single()).getText()).isEqualTo("Audit-Protokoll");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("action")))
                .isEqualTo("Anbieter deaktiviert");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("when")))
                .as("dd.MM.yyyy, HH:mm:ss").matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}:\\d{2}");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Audit-Protokoll · Clientele");
        DatePicker from = find(DatePicker.class).withCaption("Von").single();
        assertThat(from.getLocale()).isEqualTo(Locale.GERMANY);
        assertThat(from.getI18n().getMonthNames()).startsWith("Januar", "Februar", "März");
        assertThat(from.getI18n().getWeekdaysShort()).startsWith("So", "Mo");
        assertThat(from.getI18n().getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(from.getI18n().getToday()).isEqualTo("Heute");
    }

    @Test
    void filtersAreInTheAddressAndBackRestoresThem() {
        TestProvider provider = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        AuditLogView view = navigate(AuditLogView.class);

        test(find(TextField.class).withCaption("Target").single()).setValue(provider.email());
        assertThat(view.url().current().getQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of("target", java.util.List.of(provider.email())));

        com.vaadin.flow.component.UI.getCurrent().navigate("admin/audit", com.vaadin.flow.router.QueryParameters
                .simple(java.util.Map.of("action", "provider_created", "target", provider.email())));
        assertThat(find(ComboBox.class).withCaption("Action").single().getValue())
                .isEqualTo(AuditAction.PROVIDER_CREATED);
        assertThat(find(TextField.class).withCaption("Target").single().getValue()).isEqualTo(provider.email());
        assertThat(rows()).extracting(AuditRecord::action).containsExactly(AuditAction.PROVIDER_CREATED);
    }

    @Test
    void columnsFitTheWindowWithoutSidewaysScrolling() {
        data.login(DemoAccounts.ADMIN_EMAIL);
        AuditLogView view = navigate(AuditLogView.class);

        GridFit.assertFitsEveryWindow(grid(), view::fitWidth);

        view.fitWidth(1440);
        assertThat(GridFit.visibleKeys(grid())).containsExactly("when", "action", "actor", "target", "details",
                "address");
        view.fitWidth(1024);
        assertThat(GridFit.visibleKeys(grid())).containsExactly("when", "action", "actor", "target");
        view.fitWidth(390);
        assertThat(GridFit.visibleKeys(grid())).containsExactly("compact");
    }

    @Test
    void adminFiltersByActionActorAndDate() {
        TestProvider provider = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        providerAccounts.disableBusiness(provider.id());
        navigate(AuditLogView.class);

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = find(ComboBox.class).withCaption("Action").single();
        test(action).selectItem("Provider disabled");
        test(find(TextField.class).withCaption("Actor").single()).setValue("admin@");
        test(find(TextField.class).withCaption("Target").single()).setValue(provider.email());
        assertThat(rows()).extracting(AuditRecord::action).containsExactly(AuditAction.PROVIDER_DISABLED);

        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        test(find(DatePicker.class).withCaption("From").single()).setValue(tomorrow);
        assertThat(rows()).as("nothing happened tomorrow").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditRecord> grid() {
        return find(Grid.class).single();
    }

    private java.util.List<AuditRecord> rows() {
        var tester = test(grid());
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
