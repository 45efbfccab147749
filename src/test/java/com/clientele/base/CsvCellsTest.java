package com.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The one CSV cell writer: what a spreadsheet would evaluate gets an apostrophe, phone numbers and
 * plain numbers stay as they are, every cell is quoted, the file starts with a BOM, and reading a
 * neutralised cell back gives the original.
 */
class CsvCellsTest {

    /** {@code \\t}, {@code \\n}, {@code \\r} and {@code \\0} in the table stand for tab, LF, CR and NUL. */
    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # formulas at the start of the cell
            =1+1                    | '=1+1
            =HYPERLINK("http://x")  | '=HYPERLINK("http://x")
            @SUM(1+1)               | '@SUM(1+1)
            +1+1                    | '+1+1
            -1+1                    | '-1+1
            +cmd' /C calc'!A0       | '+cmd' /C calc'!A0
            # after a separator a spreadsheet may split on (issue 14 item 8)
            x;=1+1                  | x;'=1+1
            x;@SUM(1+1)             | x;'@SUM(1+1)
            x,=1+1                  | x,'=1+1
            x\\t=1+1                | x\\t'=1+1
            \\n=1+1                 | \\n'=1+1
            x\\r\\n=1+1             | x\\r\\n'=1+1
            x; -1+1                 | x;' -1+1
            # after leading whitespace or a NUL
            ` =1+1`                 | `' =1+1`
            \\0=1+1                 | '\\0=1+1
            `\u00A0=1+1`            | `'\u00A0=1+1`
            `\u3000=1+1`            | `'\u3000=1+1`
            # full-width forms
            ＝1+1                   | '＝1+1
            ＠SUM(1)                | '＠SUM(1)
            x；＝1+1                | x；'＝1+1
            x，=1+1                 | x，'=1+1
            # phone numbers and plain numbers are not formulas
            +447700915853           | +447700915853
            +44 20 7946 0958        | +44 20 7946 0958
            +44 (0)20 7946-0958     | +44 (0)20 7946-0958
            +1.212.555.0100         | +1.212.555.0100
            -12.50                  | -12.50
            call +44 20 7946 0958   | call +44 20 7946 0958
            x;+44 20 7946 0958      | x;+44 20 7946 0958
            # text is text
            Zoë Müller              | Zoë Müller
            Anna, Bob; "Cat"        | Anna, Bob; "Cat"
            a-b=c                   | a-b=c
            '=1+1                   | ''=1+1
            it's fine               | it's fine
            """)
    void neutralisesWhatASpreadsheetWouldEvaluate(String value, String written) {
        String cell = unescape(value);
        String expected = unescape(written);

        assertThat(CsvCells.neutralised(cell)).isEqualTo(expected);
        assertThat(CsvCells.restored(CsvCells.neutralised(cell))).as("read back").isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "'", "''", "' '", "'-", "'+44 20", "''=x", "a\n'-b", "';'=", "'\u0000'=", "x;';'@"})
    void readingBackGivesTheOriginalForApostrophesToo(String value) {
        assertThat(CsvCells.restored(CsvCells.neutralised(value))).isEqualTo(value);
    }

    @Test
    void theFileHasABomQuotesEveryCellAndEndsLinesWithCrLf() {
        var out = new ByteArrayOutputStream();
        CsvCells.RowWriter writer = CsvCells.writer(out);
        writer.row("name", "phone", "notes");
        writer.row("Zoë Müller", "+447700915853", "Said \"hi\", then\nleft");
        writer.row("x", null, "=1+1");
        writer.flush();
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\"name\",\"phone\",\"notes\"\r\n"
                + "\"Zoë Müller\",\"+447700915853\",\"Said \"\"hi\"\", then\nleft\"\r\n"
                + "\"x\",\"\",\"'=1+1\"\r\n");
        assertThat(readBack(text)).containsExactly(List.of("name", "phone", "notes"),
                List.of("Zoë Müller", "+447700915853", "Said \"hi\", then\nleft"), List.of("x", "", "=1+1"));
    }

    private static List<List<String>> readBack(String text) {
        try (var reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return reader.readAll().stream().map(cells -> Arrays.stream(cells).map(CsvCells::restored).toList())
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String cell) {
        return cell.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\0", "\0");
    }
}
