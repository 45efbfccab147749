package com.clientele.booking.imports;

import com.clientele.base.CsvCells;
import com.clientele.base.Emails;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an uploaded file as a table (RFC 4180 quoting), or says clearly why it cannot: empty, not a
 * text file, no header, one column only (another separator), a quote that is never closed.
 * Accepts UTF-8 with or without BOM (Windows-1252, as older spreadsheet programs save, as a fallback),
 * CRLF or LF line ends, and commas, semicolons or tabs between columns. Cells that {@link CsvCells}
 * neutralised with an apostrophe are read back as they were, so this application's own CSV files
 * import unchanged.
 */
final class CsvFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MULTILINE_LIMIT = 100;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final Pattern DATA_LIKE = Pattern.compile("[+\\d][\\d\\s()./:-]{4,}");

    private CsvFiles() {
    }

    static CsvTable read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidFileException("imports.file.too-large", 10);
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new InvalidFileException("imports.file.empty");
        }
        char separator = separator(firstLine(text));
        List<CsvRow> records = records(text, separator);
        List<String> header = header(records.getFirst());
        List<CsvRow> rows = records.subList(1, records.size()).stream()
                .filter(row -> row.cells().stream().anyMatch(cell -> !cell.isBlank()))
                .toList();
        if (rows.isEmpty()) {
            throw new InvalidFileException("imports.file.no-rows");
        }
        return new CsvTable(fileName, separator, header, rows);
    }

    private static String decode(byte[] content) {
        if (content.length == 0) {
            throw new InvalidFileException("imports.file.empty");
        }
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            throw new InvalidFileException("imports.file.utf16");
        }
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (byte b : content) {
            if (b == 0) {
                throw new InvalidFileException("imports.file.binary");
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(content, start, content.length - start, WINDOWS_1252);
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n').count();
        if (controls > 0) {
            throw new InvalidFileException("imports.file.control-characters");
        }
        return text;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        String trimmed = text.stripLeading();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).replace("\r", "");
    }

    /** The separator used most outside quotes in the header line. */
    private static char separator(String headerLine) {
        int[] counts = new int[SEPARATORS.length];
        int pipes = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int i = 0; i < SEPARATORS.length; i++) {
                    counts[i] += c == SEPARATORS[i] ? 1 : 0;
                }
                pipes += c == '|' ? 1 : 0;
            }
        }
        int best = 0;
        for (int i = 1; i < SEPARATORS.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        if (counts[best] == 0) {
            throw new InvalidFileException(pipes > 0 ? "imports.file.pipes" : "imports.file.one-column");
        }
        return SEPARATORS[best];
    }

    private static List<CsvRow> records(String text, char separator) {
        List<CsvRow> records = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                .withMultilineLimit(MULTILINE_LIMIT)
                .build()) {
            long linesBefore = 0;
            String[] cells;
            while (true) {
                try {
                    cells = reader.readNext();
                } catch (CsvException | IOException e) {
                    throw new InvalidFileException("imports.file.unclosed-quote", linesBefore + 1);
                }
                if (cells == null) {
                    break;
                }
                records.add(new CsvRow((int) linesBefore + 1,
                        Arrays.stream(cells).map(cell -> cell == null ? "" : CsvCells.restored(cell)).toList()));
                linesBefore = reader.getLinesRead();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (!records.isEmpty() && records.getFirst().cells().stream().allMatch(String::isBlank)) {
            records.removeFirst();
        }
        if (records.isEmpty()) {
            throw new InvalidFileException("imports.file.empty");
        }
        return records;
    }

    private static List<String> header(CsvRow first) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < first.cells().size(); i++) {
            String name = first.cells().get(i).strip();
            if (Emails.isValid(Emails.normalise(name)) || DATA_LIKE.matcher(name).matches()) {
                throw new InvalidFileException("imports.file.no-header", name);
            }
            header.add(name.isEmpty() ? "Column " + (i + 1) : name);
        }
        return List.copyOf(header);
    }
}
