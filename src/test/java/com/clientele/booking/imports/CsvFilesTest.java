package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.base.i18n.English;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading uploaded files: what other tools export is read right, what is not a table is refused clearly. */
class CsvFilesTest {

    @Test
    void utf8WithBomCrlfQuotesAndAccentsIsReadAsWritten() {
        CsvTable table = CsvFiles.read("customers.csv", file("customers.csv"));

        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.header()).containsExactly("Full Name", "E-mail Address", "Mobile Phone", "Notes");
        assertThat(table.rows()).hasSize(8);
        CsvRow ada = table.rows().getFirst();
        assertThat(ada.line()).isEqualTo(2);
        assertThat(ada.cells()).containsExactly("Lovelace, Ada", "ada@import.example", "+44 20 7946 0001",
                "Prefers \"early\" slots");
        assertThat(table.rows().get(1).cell(0)).isEqualTo("Zoë Ångström");
        assertThat(table.rows().get(2).cell(0)).isEqualTo("Björn Müller-Lüdenscheidt");
        assertThat(table.rows()).allSatisfy(row -> assertThat(String.join("", row.cells())).doesNotContain("\r"));
    }

    @Test
    void windows1252WithSemicolonsIsReadToo() {
        CsvTable table = CsvFiles.read("customers-excel.csv", file("customers-excel.csv"));

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.header()).containsExactly("First name", "Last name", "Email", "Phone");
        assertThat(table.rows().getFirst().cells()).containsExactly("Renée", "Dubois", "renee@import.example",
                "+33 1 23 45 67 89");
        assertThat(table.rows().get(1).cell(0)).isEqualTo("Søren");
    }

    @Test
    void aRecordOverSeveralLinesKeepsTheLineNumbersOfTheOthersRight() {
        CsvTable table = CsvFiles.read("customers-invalid.csv", file("customers-invalid.csv"));

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 3, 4, 5, 6, 7, 9);
        assertThat(table.rows().get(5).cell(0)).isEqualTo("Line\nBreak");
    }

    @Test
    void tabsSeparateColumnsAndBlankLinesAreSkipped() {
        CsvTable table = CsvFiles.read("t.tsv", "name\temail\n\nAda\tada@x.example\n\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.separator()).isEqualTo('\t');
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.cells()).containsExactly("Ada", "ada@x.example");
        });
    }

    @Test
    void filesThatAreNotTablesAreRefusedWithTheReason() {
        assertRefused("empty.csv", "The file is empty.");
        assertRefused("header-only.csv", "The file has a header but no rows.");
        assertRefused("no-header.csv", "The first line holds data (“ada@import.example”), not column names");
        assertRefused("pipes.csv", "The columns are separated by “|”");
        assertRefused("broken-quote.csv", "Line 3: a quoted value is not closed");
        assertRefused("customers.xlsx", "This is not a CSV file: it contains binary data");
        assertThatThrownBy(() -> CsvFiles.read("one.csv", "name\nAda\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class).satisfies(e -> assertThat(English.of(e)).contains("Only one column was found"));
        assertThatThrownBy(() -> CsvFiles.read("blank.csv", "\r\n  \r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class).satisfies(e -> assertThat(English.of(e)).contains("The file is empty."));
        byte[] utf16 = "\uFEFFname,email\nAda,a@x.example\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> CsvFiles.read("utf16.csv", utf16))
                .isInstanceOf(InvalidFileException.class).satisfies(e -> assertThat(English.of(e)).contains("UTF-16"));
    }

    @Test
    void filesOverTenMegabytesAreRefused() {
        byte[] large = new byte[CsvFiles.MAX_BYTES + 1];
        assertThatThrownBy(() -> CsvFiles.read("large.csv", large))
                .isInstanceOf(InvalidFileException.class).satisfies(e -> assertThat(English.of(e)).contains("larger than 10 MB"));
    }

    private static void assertRefused(String name, String reason) {
        assertThatThrownBy(() -> CsvFiles.read(name, file(name)))
                .as(name).isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(English.of(((InvalidFileException) e).reason())).contains(reason));
    }

    static byte[] file(String name) {
        try (InputStream in = CsvFilesTest.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
