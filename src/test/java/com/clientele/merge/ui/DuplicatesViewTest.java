package com.clientele.merge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.customer.CustomerService;
import com.clientele.merge.Duplicates;
import com.clientele.merge.MergeService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An owner finds a duplicate, compares and merges it, undoes the merge, and dismisses another pair. */
@IntegrationTest
class DuplicatesViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    Duplicates duplicates;
    @Autowired
    MergeService merges;
    @Autowired
    CustomerService customers;

    TestProvider provider;

    @BeforeEach
    void logIn() {
        provider = data.newProvider();
        data.login(provider.email());
    }

    @AfterEach
    void logOut() {
        data.logout();
    }

    @Test
    void compareMergeAndUndo() {
        BookingRef kept = data.book(provider, "Nora Blake", "nora.blake@gmail.com", BookingStatus.COMPLETED, "30.00", 40);
        data.book(provider, "Nora Blake", "nora.blake@gmail.com", BookingStatus.COMPLETED, "30.00", 20);
        BookingRef other = data.book(provider, "Nora Blake", "NoraBlake+web@gmail.com", BookingStatus.COMPLETED,
                "30.00", 5);
        await().atMost(Duration.ofSeconds(20)).until(() -> data.as(provider, duplicates::count) == 1);

        navigate(DuplicatesView.class);
        DuplicatesView view = find(DuplicatesView.class).single();
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.pairsTitle.getText()).isEqualTo("To review (1)");
        assertThat(text(test(view.pairs).getCellComponent(0, 0))).contains("Nora Blake", "may be the same as",
                "norablake+web@gmail.com", "Score 80", "Same e-mail", "Same name");
        test(action(view, "Compare and merge")).click();

        MergeDialog dialog = find(MergeDialog.class).single();
        assertThat(dialog.keep.getValue()).as("the one with more bookings is kept").isEqualTo(kept.relationId());
        assertThat(dialog.name.isVisible()).as("the same name needs no choice").isFalse();
        assertThat(dialog.email.isVisible()).isTrue();
        test(dialog.email).selectItem("norablake+web@gmail.com");
        assertThat(dialog.result.getElement().getTextRecursively()).contains("norablake+web@gmail.com", "3 in all");
        test(dialog.merge).click();
        roundTrip();
        assertThat(find(MergeDialog.class).all()).as("closed").isEmpty();

        assertThat(data.as(provider, () -> customers.details(kept.relationId())).email())
                .isEqualTo("norablake+web@gmail.com");
        assertThat(view.empty.isVisible()).as("no pair left").isTrue();
        assertThat(view.history.isVisible()).isTrue();
        assertThat(text(test(view.history).getCellComponent(0, 0))).contains("Nora Blake merged into Nora Blake",
                "Can be undone until ");

        test(button(test(view.history).getCellComponent(0, 0), "Undo merge")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(data.as(provider, () -> customers.details(other.relationId())).email())
                .isEqualTo("norablake+web@gmail.com");
        assertThat(text(test(view.history).getCellComponent(0, 0))).contains("Undone ");
        assertThat(view.pairsTitle.getText()).isEqualTo("To review (1)");

        test(action(view, "Not the same person")).click();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(data.as(provider, duplicates::count)).isZero();
    }

    /** The button of the first pair's card with this text. */
    private Button action(DuplicatesView view, String text) {
        return button(test(view.pairs).getCellComponent(0, 0), text);
    }

    private static Button button(Component within, String text) {
        return descendants(within).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(DuplicatesViewTest::descendants));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
