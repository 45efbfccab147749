package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.base.i18n.English;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columns are guessed from the names other tools give them, and can be changed. */
class ColumnMappingTest {

    @Test
    void bookingColumnsAreGuessedFromTheHeader() {
        List<String> header = List.of("Booking ID", "Client", "Email", "Phone", "Service", "Date", "Time",
                "Duration", "Price", "Status");
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.BOOKINGS, header);

        assertThat(mapping.column(ImportField.REFERENCE)).contains(0);
        assertThat(mapping.column(ImportField.NAME)).contains(1);
        assertThat(mapping.column(ImportField.EMAIL)).contains(2);
        assertThat(mapping.column(ImportField.PHONE)).contains(3);
        assertThat(mapping.column(ImportField.SERVICE)).contains(4);
        assertThat(mapping.column(ImportField.DATE)).contains(5);
        assertThat(mapping.column(ImportField.TIME)).contains(6);
        assertThat(mapping.column(ImportField.DURATION)).contains(7);
        assertThat(mapping.column(ImportField.PRICE)).contains(8);
        assertThat(mapping.column(ImportField.STATUS)).contains(9);
        assertThat(English.all(mapping.problems(header))).isEmpty();
    }

    @Test
    void namesThatOnlyContainAKnownNameAreGuessedTooSpecificFirst() {
        List<String> header = List.of("Client first name", "Client last name", "E-mail address (private)",
                "Mobile phone number", "Notes");
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.CUSTOMERS, header);

        assertThat(mapping.column(ImportField.FIRST_NAME)).contains(0);
        assertThat(mapping.column(ImportField.LAST_NAME)).contains(1);
        assertThat(mapping.column(ImportField.EMAIL)).contains(2);
        assertThat(mapping.column(ImportField.PHONE)).contains(3);
        assertThat(mapping.has(ImportField.NAME)).isFalse();
        assertThat(English.all(mapping.problems(header))).isEmpty();
    }

    @Test
    void theStaffColumnGoesByTheNamesOtherToolsGiveIt() {
        for (String name : List.of("Staff", "Stylist", "Therapist", "Tutor", "Employee", "Served by", "Mitarbeiter",
                "Staff member name")) {
            List<String> header = List.of("Client", "Email", "Service", "Date", "Price", "Status", name);
            assertThat(ColumnMapping.guess(ImportKind.BOOKINGS, header).column(ImportField.STAFF)).as(name)
                    .contains(6);
        }
        assertThat(ColumnMapping.guess(ImportKind.CUSTOMERS, List.of("Name", "Email", "Stylist"))
                .has(ImportField.STAFF)).as("customers have no staff member").isFalse();
    }

    @Test
    void missingAndSharedColumnsAreNamed() {
        List<String> header = List.of("Who", "Remarks");
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.BOOKINGS, header);
        assertThat(English.all(mapping.problems(header))).contains("Choose the column with the customer’s name",
                "Choose the column for “Service”", "Choose the column for “Date”",
                "Choose the column for “Price”", "Choose the column for “Status”");

        ColumnMapping chosen = mapping.with(ImportField.NAME, 0).with(ImportField.EMAIL, 0);
        assertThat(English.all(chosen.problems(header))).contains("Column “Who” is chosen for both Name and E-mail");
        assertThat(chosen.with(ImportField.EMAIL, null).has(ImportField.EMAIL)).isFalse();
    }
}
