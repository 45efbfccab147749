package com.clientele.booking.imports;

import com.clientele.base.Text;
import com.clientele.booking.BookingImportRow;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.RejectedRow;
import com.clientele.booking.imports.ImportValues.BadValue;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the rows of a file into typed rows through a column mapping. A row with a value that cannot
 * be read is set aside with every reason at once; values that can be read but break a rule (a bad
 * e-mail address, say) are the services' to refuse.
 */
final class ImportRows {

    private ImportRows() {
    }

    record Read<T>(List<T> rows, List<RejectedRow> rejected) {
    }

    static Read<CustomerImportRow> customers(CsvTable table, ColumnMapping mapping) {
        List<CustomerImportRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            List<Text> problems = new ArrayList<>();
            CustomerContact contact = contact(table, row, mapping, problems);
            String notes = cell(row, mapping, ImportField.NOTES);
            if (notes.length() > CustomerService.NOTES_MAX) {
                problems.add(Text.of("imports.row.notes.too-long", CustomerService.NOTES_MAX, notes.length()));
            }
            if (problems.isEmpty()) {
                rows.add(new CustomerImportRow(row.line(), contact, notes.isBlank() ? null : notes));
            } else {
                rejected.add(new RejectedRow(row.line(), Text.joined(problems)));
            }
        }
        return new Read<>(rows, rejected);
    }

    static Read<BookingImportRow> bookings(CsvTable table, ColumnMapping mapping, ZoneId zone, boolean monthFirst) {
        List<BookingImportRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            List<Text> problems = new ArrayList<>();
            CustomerContact contact = contact(table, row, mapping, problems);
            String service = oneLine(cell(row, mapping, ImportField.SERVICE));
            if (service.isEmpty()) {
                problems.add(Text.of("imports.row.service.missing"));
            }
            Instant start = read(problems, () -> ImportValues.start(cell(row, mapping, ImportField.DATE),
                    cell(row, mapping, ImportField.TIME), zone, monthFirst));
            Integer duration = read(problems, () -> ImportValues.duration(cell(row, mapping, ImportField.DURATION)));
            BigDecimal price = read(problems, () -> ImportValues.price(cell(row, mapping, ImportField.PRICE)));
            BookingStatus status = read(problems, () -> ImportValues.status(cell(row, mapping, ImportField.STATUS)));
            String reference = cell(row, mapping, ImportField.REFERENCE).strip();
            String staff = cell(row, mapping, ImportField.STAFF).strip();
            if (problems.isEmpty()) {
                rows.add(new BookingImportRow(row.line(), contact, service, start, duration, price, status,
                        reference.isEmpty() ? null : reference, staff.isEmpty() ? null : staff));
            } else {
                rejected.add(new RejectedRow(row.line(), Text.joined(problems)));
            }
        }
        return new Read<>(rows, rejected);
    }

    private static CustomerContact contact(CsvTable table, CsvRow row, ColumnMapping mapping, List<Text> problems) {
        if (row.cells().size() > table.header().size()
                && row.cells().subList(table.header().size(), row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
            problems.add(Text.of("imports.row.too-many-values", printable(table.separator())));
        }
        String name = cell(row, mapping, ImportField.NAME).strip();
        if (name.isEmpty()) {
            name = (cell(row, mapping, ImportField.FIRST_NAME).strip() + " "
                    + cell(row, mapping, ImportField.LAST_NAME).strip()).strip();
        }
        if (name.isEmpty()) {
            problems.add(Text.of("imports.row.name.missing"));
        } else if (name.contains("\n") || name.contains("\r")) {
            problems.add(Text.of("imports.row.name.one-line"));
        }
        return new CustomerContact(name, blankToNull(cell(row, mapping, ImportField.EMAIL)),
                blankToNull(cell(row, mapping, ImportField.PHONE)));
    }

    private static String cell(CsvRow row, ColumnMapping mapping, ImportField field) {
        return mapping.column(field).map(row::cell).orElse("");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String printable(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    private interface Reading<T> {
        T get() throws BadValue;
    }

    private static <T> T read(List<Text> problems, Reading<T> reading) {
        try {
            return reading.get();
        } catch (BadValue bad) {
            problems.add(bad.reason());
            return null;
        }
    }
}
