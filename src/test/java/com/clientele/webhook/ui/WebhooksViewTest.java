package com.clientele.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingStatus;
import com.clientele.provider.TeamRole;
import com.clientele.webhook.DeliveryStatus;
import com.clientele.webhook.WebhookEndpoint;
import com.clientele.webhook.WebhookEndpointRequest;
import com.clientele.webhook.WebhookEventType;
import com.clientele.webhook.WebhookService;
import com.clientele.workspace.ui.CustomersView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owners' webhooks page: endpoints, the secret shown once, the delivery log, every action. */
@IntegrationTest
class WebhooksViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    WebhookService webhooks;

    TestProvider business;

    @BeforeEach
    void logIn() {
        business = data.newProvider();
        data.login(business.email());
    }

    @AfterEach
    void logOut() {
        data.logout();
    }

    @Test
    void anOwnerAddsAnEndpointAndSeesItsSecretOnce() {
        navigate(WebhooksView.class);
        assertThat(find(EndpointGrid.class).all()).as("empty state instead of an empty grid").isEmpty();
        assertThat(texts()).contains("No endpoints yet. Add one with the URL of your receiver and choose which events"
                + " it gets.");

        test(find(Button.class).withText("Add endpoint").single()).click();
        EndpointDialog dialog = find(EndpointDialog.class).single();
        assertThat(dialog.events.getValue()).as("every event to start with")
                .containsExactlyInAnyOrder(WebhookEventType.values());
        test(dialog.url).setValue("http://hooks.example.com/in");
        test(dialog.save).click();
        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage()).isEqualTo("The URL must start with https:// (http:// only to localhost)");
        assertThat(dialog.url.getValue()).as("what was typed is kept").isEqualTo("http://hooks.example.com/in");

        test(dialog.url).setValue("https://127.0.0.1:8443/in");
        test(dialog.events).deselectItems("Customer created (customer.created)", "Customer updated (customer.updated)");
        test(dialog.save).click();

        SecretDialog secret = find(SecretDialog.class).single();
        String value = secret.value.getValue();
        assertThat(value).startsWith("whsec_");
        assertThat(secret.value.isReadOnly()).isTrue();
        test(secret.done).click();
        assertThat(find(SecretDialog.class).all()).isEmpty();
        assertThat(texts()).as("the secret is nowhere on the page any more").noneMatch(text -> text.contains(value));

        EndpointGrid grid = find(EndpointGrid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        WebhookEndpoint endpoint = webhooks.list().getFirst();
        assertThat(endpoint.eventTypes()).doesNotContain(WebhookEventType.CUSTOMER_CREATED);
        assertThat(grid.events(endpoint)).isEqualTo("Customer blocked, Customer unblocked, Customers merged,"
                + " Merge undone, Booking created, Booking status changed, Review posted");
        assertThat(grid.lastDelivery(endpoint)).isEqualTo("None yet");
    }

    @Test
    void anOwnerTurnsAnEndpointOffRotatesItsSecretAndDeletesIt() {
        WebhookEndpoint endpoint = webhooks.create(request()).endpoint();
        navigate(WebhooksView.class);
        EndpointGrid grid = find(EndpointGrid.class).single();

        menu(grid, "Turn off");
        assertThat(webhooks.find(endpoint.id()).enabled()).isFalse();
        assertThat(badge(grid)).isEqualTo("Off");

        menu(grid, "Rotate secret");
        test(find(ConfirmDialog.class).single()).confirm();
        String secret = find(SecretDialog.class).single().value.getValue();
        assertThat(secret).startsWith("whsec_");
        assertThat(webhooks.find(endpoint.id()).secretHint()).isEqualTo(secret.substring(0, 10) + "…");
        test(find(SecretDialog.class).single().done).click();

        menu(grid, "Delete");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(webhooks.list()).isEmpty();
        assertThat(grid.isVisible()).isFalse();
    }

    @Test
    void anOwnerReadsTheDeliveryLogAndDeliversAnEventAgain() {
        WebhookEndpoint endpoint = webhooks.create(request()).endpoint();
        data.book(business, "Logged Customer", "logged-" + System.nanoTime() + "@hooks.example",
                BookingStatus.CONFIRMED, "20.00", 1);
        // the listener writes the delivery after the booking's commit, on another thread
        await().atMost(Duration.ofSeconds(20))
                .until(() -> data.as(business, () -> webhooks.countDeliveries(endpoint.id())) == 1);
        navigate(WebhooksView.class);

        menu(find(EndpointGrid.class).single(), "Delivery log");
        DeliveryLogDialog log = find(DeliveryLogDialog.class).single();
        assertThat(test(log.grid).size()).isEqualTo(1);
        assertThat(test(log.grid).getCellText(0, 0)).isEqualTo("Booking created");

        test((Button) test(log.grid).getCellComponent(0, "redeliver")).click();
        assertThat(webhooks.deliveries(endpoint.id(), 0, 1).getFirst().status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void thePageSpeaksTheMembersLanguage() {
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(WebhooksView.class);
        assertThat(find(Button.class).withText("Endpunkt hinzufügen").all()).hasSize(1);
    }

    @Test
    void theMenuOffersWebhooksToOwnersOnly() {
        navigate(WebhooksView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Webhooks");

        data.login(data.newMember(business, TeamRole.MANAGER).email());
        navigate("customers", CustomersView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Webhooks");
    }

    @Test
    void onAPhoneTheGridKeepsUrlStatusAndActions() {
        webhooks.create(request());
        navigate(WebhooksView.class);
        EndpointGrid grid = find(EndpointGrid.class).single();

        grid.fitWidth(390);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .contains("url", "status", "actions").doesNotContain("events", "last");
    }

    /** An endpoint for booking events, to a port nobody listens on. */
    private static WebhookEndpointRequest request() {
        return new WebhookEndpointRequest("https://127.0.0.1:9/view", "Test", EnumSet.of(WebhookEventType.BOOKING_CREATED),
                true);
    }

    private void menu(Grid<?> grid, String item) {
        MenuBar menu = (MenuBar) test(grid).getCellComponent(0, "actions");
        test(MenuBarTester.class, menu).clickItem("", item);
    }

    private String badge(Grid<?> grid) {
        return ((Badge) test(grid).getCellComponent(0, "status")).getText();
    }

    /** Every text and field value on the page. */
    private List<String> texts() {
        return find(Component.class).all().stream()
                .map(component -> component instanceof HasValue<?, ?> field ? String.valueOf(field.getValue())
                        : component.getElement().getText())
                .filter(text -> !text.isBlank()).toList();
    }
}
