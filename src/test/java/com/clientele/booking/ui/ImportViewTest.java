package com.clientele.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.TeamMembers;
import com.clientele.booking.imports.ImportService;
import com.clientele.provider.TeamRole;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A provider imports a file through the screen: upload, columns, check, import with progress, summary. */
@IntegrationTest
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TeamMembers team;

    TestProvider provider;

    @BeforeEach
    void login() {
        provider = data.newProvider();
        data.login(provider.email());
        navigate(ImportView.class);
    }

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void providerImportsBookingHistoryAndSeesProgressAndSummary() {
        test(find(RadioButtonGroup.class).withLabel("The file holds").single()).selectItem("Bookings");
        upload("bookings.csv");

        ImportSteps steps = find(ImportSteps.class).single();
        assertThat(find(Select.class, steps).withLabel("Reference").single().getValue()).as("guessed").isEqualTo(0);
        assertThat(find(Select.class, steps).withLabel("Status").single().getValue()).isEqualTo(9);
        assertThat(test(find(ImportPreview.class, steps).single()).size()).isEqualTo(7);
        assertThat(test(find(ImportPreview.class, steps).single()).getCellText(2, 2)).isEqualTo("Zoë Ångström");

        test(find(Button.class, steps).withText("Check all rows").single()).click();
        assertThat(find(ImportReport.class, steps).single().getElement().getTextRecursively())
                .isEqualTo("7 rows of 7 ready to import.");
        test(find(Button.class, steps).withText("Import").single()).click();
        ImportResultPanel result = awaitResult(steps);

        assertThat(result.getElement().getTextRecursively()).contains("Import finished",
                "Created 6 bookings, updated 0, already there 1, skipped 0.", "4 new customers added.");
        Span progress = descendants(steps).filter(Span.class::isInstance).map(Span.class::cast)
                .filter(span -> span.hasClassName("progress-text")).findFirst().orElseThrow();
        assertThat(progress.getText()).as("progress reached the screen while it ran (hidden now)")
                .isEqualTo("Importing bookings.csv… 100 %");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void staffAndFrontDeskHaveNoImportPage() {
        for (TeamRole role : new TeamRole[] {TeamRole.STAFF, TeamRole.FRONT_DESK}) {
            team.login(team.add(provider, role, "Not An Importer"));
            try {
                navigate(ImportView.class);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // the router refused the navigation
            }
            assertThat(getCurrentView()).as(role.name()).isNotInstanceOf(ImportView.class);
        }
        team.login(team.add(provider, TeamRole.MANAGER, "Max Manager"));
        assertThat(navigate(ImportView.class)).isNotNull();
    }

    @Test
    void aProviderReadingGermanImportsInGerman() {
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(ImportView.class);
        assertThat(test(find(H1.class).single()).getText()).isEqualTo("Import");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Import · Clientele");
        test(find(RadioButtonGroup.class).withLabel("Die Datei enthält").single()).selectItem("Buchungen");
        upload("bookings.csv");

        ImportSteps steps = find(ImportSteps.class).single();
        assertThat(find(Select.class, steps).withLabel("Referenz").single().getValue()).isEqualTo(0);
        assertThat(find(Select.class, steps).withLabel("Status").single().getHelperText()).contains("no-show");
        Select<?> staff = find(Select.class, steps).withLabel("Mitarbeiter").single();
        assertThat(staff.getValue()).as("no such column in the file").isEqualTo(-1);
        assertThat(staff.getHelperText()).isEqualTo("Name oder E-Mail-Adresse eines Teammitglieds");
        test(find(Button.class, steps).withText("Alle Zeilen prüfen").single()).click();
        assertThat(find(ImportReport.class, steps).single().getElement().getTextRecursively())
                .isEqualTo("7 Zeilen von 7 bereit zum Import.");
        test(find(Button.class, steps).withText("Importieren").single()).click();
        ImportResultPanel result = awaitResult(steps);

        assertThat(result.getElement().getTextRecursively()).contains("Import abgeschlossen",
                "6 Buchungen angelegt; aktualisiert: 0, bereits vorhanden: 1, übersprungen: 0.",
                "4 neue Kunden hinzugefügt.", "Importierte Buchungen ansehen");
        assertThat(find(Paragraph.class, result).all()).extracting(Paragraph::getText)
                .as("the seconds with a decimal comma")
                .anyMatch(text -> text.matches("bookings\\.csv · 7 Zeilen · \\d+,\\d s"));
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Import abgeschlossen: 6 angelegt, 0 aktualisiert, 0 übersprungen");
    }

    @Test
    void aFileTooLargeIsRefusedInGerman() {
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(ImportView.class);

        test(find(Upload.class).single()).upload("huge.csv", "text/csv", new byte[ImportService.MAX_BYTES + 1]);
        roundTrip();

        assertThat(fileError()).isEqualTo("huge.csv: Die Datei ist größer als 10 MB. Teilen Sie sie in kleinere"
                + " Dateien auf.");
        assertThat(find(Upload.class).single().getI18n().getAddFiles().getOne()).isEqualTo("Datei hochladen…");
    }

    @Test
    void rejectedRowsAreListedAndDownloadableWithTheirReasons() throws IOException {
        test(find(RadioButtonGroup.class).withLabel("The file holds").single()).selectItem("Bookings");
        upload("bookings-invalid.csv");
        ImportSteps steps = find(ImportSteps.class).single();
        test(find(Button.class, steps).withText("Check all rows").single()).click();
        assertThat(test(find(Grid.class, steps).withClassName("problems-grid").single()).size()).isEqualTo(10);

        test(find(Button.class, steps).withText("Import").single()).click();
        ImportResultPanel result = awaitResult(steps);

        assertThat(result.getElement().getTextRecursively()).contains("Created 1 booking,", "skipped 10.");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test(find(Anchor.class, result).withClassName("download-link").single()).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"line\",\"reason\",\"Client\",\"Email\",\"Phone\",\"Service\",\"Date\","
                + "\"Time\",\"Duration\",\"Price\",\"Status\"\r\n");
        assertThat(text).as("a plain number is not neutralised").contains("\"6\",\"Price “-5.00”: cannot be negative\","
                + "\"Negative\",\"neg@import.example\",\"\",\"Cut\",\"2026-01-05\",\"10:00\",\"45\",\"-5.00\","
                + "\"Completed\"\r\n");
        assertThat(text.lines()).hasSize(11);
    }

    @Test
    void providerSeesWhichColumnsAreNotImportedThenImportsOnceAndGoesToTheCustomers() {
        upload("customers-notes.csv");
        ImportSteps steps = find(ImportSteps.class).single();
        assertThat(find(Select.class, steps).withLabel("Notes").single().getValue()).as("guessed").isEqualTo(3);
        assertThat(notImported(steps)).isEqualTo("Not imported (no field reads this column): Loyalty tier");
        find(Select.class, steps).withLabel("Phone").single().setValue(-1);
        assertThat(notImported(steps)).isEqualTo("Not imported (no field reads these columns): Phone, Loyalty tier");
        find(Select.class, steps).withLabel("Phone").single().setValue(2);

        test(find(Button.class, steps).withText("Check all rows").single()).click();
        assertThat(find(Grid.class, steps).withClassName("problems-grid").all()).hasSize(1);
        Button importButton = find(Button.class, steps).withText("Import").single();
        test(importButton).click();
        ImportResultPanel result = awaitResult(steps);

        assertThat(result.getElement().getTextRecursively()).contains("Created 2 customers,", "skipped 1.");
        assertThat(find(Grid.class, steps).withClassName("problems-grid").all()).as("the problems are listed once")
                .hasSize(1);
        assertThat(find(Paragraph.class, result).withClassName("problems-count").single().getText())
                .isEqualTo("1 row with problems");
        assertThat(importButton.isEnabled()).as("the same rows are not imported twice").isFalse();
        test(find(Button.class, steps).withText("Check all rows").single()).click();
        assertThat(importButton.isEnabled()).as("checking again does not offer the same import").isFalse();
        Anchor view = find(Anchor.class, result).withText("View imported customers").single();
        assertThat(view.getHref()).isEqualTo("customers");
        assertThat(jdbc.sql("SELECT notes FROM provider_customer WHERE provider_id = ? AND email = ?")
                .param(provider.id()).param("ada@notes.example").query(String.class).single())
                .isEqualTo("Prefers mornings, \"quiet\" room\nAllergic to nuts");

        find(Select.class, steps).withLabel("Notes").single().setValue(-1);
        test(find(Button.class, steps).withText("Check all rows").single()).click();
        assertThat(importButton.isEnabled()).as("a changed mapping may be imported").isTrue();
    }

    @Test
    void aLongListOfProblemsScrollsInsideABoundedTable() {
        test(find(RadioButtonGroup.class).withLabel("The file holds").single()).selectItem("Bookings");
        upload("bookings-invalid.csv");
        ImportSteps steps = find(ImportSteps.class).single();
        test(find(Button.class, steps).withText("Check all rows").single()).click();

        Grid<?> grid = find(Grid.class, steps).withClassName("problems-grid").single();
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.hasClassName("problems-scrolling")).as("bounded by styles.css").isTrue();
        assertThat(find(Paragraph.class, steps).withClassName("problems-count").single().getText())
                .isEqualTo("10 rows with problems");
    }

    @Test
    void allOrNothingWithAProblemWritesNothingAndSaysSo() {
        test(find(RadioButtonGroup.class).withLabel("The file holds").single()).selectItem("Customers");
        upload("customers-invalid.csv");
        ImportSteps steps = find(ImportSteps.class).single();
        test(find(Button.class, steps).withText("Check all rows").single()).click();
        test(find(RadioButtonGroup.class, steps).withLabel("Rows with problems").single())
                .selectItem("All or nothing");
        test(find(Button.class, steps).withText("Import").single()).click();

        ImportResultPanel result = awaitResult(steps);
        assertThat(result.getElement().getTextRecursively()).contains("Nothing was imported",
                "6 rows cannot be imported, so nothing was written");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aColumnTakenAwayIsNamedBeforeAnythingIsImported() {
        test(find(RadioButtonGroup.class).withLabel("The file holds").single()).selectItem("Bookings");
        upload("bookings.csv");
        ImportSteps steps = find(ImportSteps.class).single();

        find(Select.class, steps).withLabel("Status").single().setValue(-1);
        test(find(Button.class, steps).withText("Check all rows").single()).click();

        assertThat(find(ImportReport.class, steps).single().getElement().getTextRecursively())
                .contains("Choose the column for “Status”");
        assertThat(find(Button.class, steps).withText("Import").exists()).as("no import offered").isFalse();
    }

    @Test
    void filesThatCannotBeReadGetAClearMessage() {
        upload("broken-quote.csv");
        assertThat(fileError()).isEqualTo("broken-quote.csv: Line 3: a quoted value is not closed (a \" is missing or"
                + " stray), so the file cannot be read from there on.");
        assertThat(find(ImportSteps.class).exists()).isFalse();

        upload("customers.xlsx");
        assertThat(fileError()).startsWith("customers.xlsx: This is not a CSV file");

        upload("no-header.csv");
        assertThat(fileError()).contains("not column names");

        test(find(Upload.class).single()).upload("huge.csv", "text/csv", new byte[ImportService.MAX_BYTES + 1]);
        roundTrip();
        assertThat(fileError()).contains("larger than 10 MB");
    }

    private void upload(String name) {
        test(find(Upload.class).single()).upload(name, "text/csv", file(name));
        roundTrip();
    }

    private String notImported(ImportSteps steps) {
        Paragraph paragraph = find(Paragraph.class, steps).withClassName("not-imported").single();
        return paragraph.isVisible() ? paragraph.getText() : "";
    }

    private String fileError() {
        Div error = find(Div.class).withClassName("error-panel").first();
        assertThat(error.isVisible()).isTrue();
        return error.getText();
    }

    /** The import runs on its own thread and reaches the screen through UI.access: let those changes in. */
    private ImportResultPanel awaitResult(ImportSteps steps) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            roundTrip();
            if (find(ImportResultPanel.class, steps).exists()) {
                return find(ImportResultPanel.class, steps).single();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("The import did not finish within 60 s");
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ImportViewTest::descendants));
    }

    private static byte[] file(String name) {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
