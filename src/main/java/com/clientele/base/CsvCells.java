package com.clientele.base;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one way this application writes CSV for people to open in a spreadsheet: UTF-8 with a byte
 * order mark (so Excel on Windows shows "Zoë Müller", not "ZoÃ« MÃ¼ller"), every cell in double
 * quotes, CRLF line ends (RFC 4180), and every cell a spreadsheet would evaluate as a formula
 * neutralised with an apostrophe, which spreadsheets read as "this is text".
 *
 * <p><b>The rule.</b> A cell is cut into pieces at every character a spreadsheet program may split
 * columns or lines on: comma, semicolon, tab, CR, LF, and their full-width forms (，；). A piece is
 * <em>evaluated</em> when, after any leading whitespace or control characters (space, NUL,
 * no-break space, ideographic space …), it starts with {@code = + - @} or a full-width
 * {@code ＝ ＋ － ＠} — except a {@code +} or {@code -} followed only by digits, spaces, dots,
 * brackets and dashes (at least one digit): that is a phone number or a plain number
 * ({@code +44 20 7946 0958}, {@code -12.50}), which at most computes a number and never calls a
 * function or opens a link, so it stays exactly as it is. An evaluated piece gets an apostrophe
 * in front of it (before its leading whitespace), so that whichever way a program splits or trims
 * the cell, the piece starts with the apostrophe. A piece that already starts with an apostrophe
 * followed by such a piece gets one more, so that {@link #restored} can undo the neutralising
 * exactly: {@code restored(neutralised(x)) == x} for every text, which is what lets our own export
 * be imported again unchanged.
 */
public final class CsvCells {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String SEPARATORS = ",;\t\r\n\uFF0C\uFF1B";
    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern NUMBER = Pattern.compile("[+-][0-9 .()\\-]*[0-9][0-9 .()\\-]*");
    private static final char APOSTROPHE = '\'';

    private CsvCells() {
    }

    /** A writer for {@code out}; it writes the byte order mark at once. */
    public static RowWriter writer(OutputStream out) {
        return new RowWriter(out);
    }

    /** The cell as it is written: {@code value} with every piece a spreadsheet would evaluate neutralised. */
    public static String neutralised(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 2);
        forEachPiece(value, (piece, separator) -> {
            if (needsApostrophe(piece)) {
                out.append(APOSTROPHE);
            }
            out.append(piece);
            if (separator != 0) {
                out.append(separator);
            }
        });
        return out.toString();
    }

    /** The value a cell written by {@link #neutralised} stood for: the apostrophes it added taken away. */
    public static String restored(String cell) {
        if (cell.indexOf(APOSTROPHE) < 0) {
            return cell;
        }
        StringBuilder out = new StringBuilder(cell.length());
        forEachPiece(cell, (piece, separator) -> {
            boolean added = !piece.isEmpty() && piece.charAt(0) == APOSTROPHE && needsApostrophe(piece.substring(1));
            out.append(added ? piece.substring(1) : piece);
            if (separator != 0) {
                out.append(separator);
            }
        });
        return out.toString();
    }

    /** True when a spreadsheet would evaluate the piece, or when it looks like one {@link #neutralised} made. */
    private static boolean needsApostrophe(String piece) {
        if (evaluated(piece)) {
            return true;
        }
        return !piece.isEmpty() && piece.charAt(0) == APOSTROPHE && needsApostrophe(piece.substring(1));
    }

    private static boolean evaluated(String piece) {
        int start = 0;
        while (start < piece.length() && ignoredInFront(piece.charAt(start))) {
            start++;
        }
        if (start == piece.length() || TRIGGERS.indexOf(piece.charAt(start)) < 0) {
            return false;
        }
        return !NUMBER.matcher(piece.substring(start)).matches();
    }

    /** What spreadsheets skip or trim before they look at a cell's first character. */
    private static boolean ignoredInFront(char c) {
        return c < 0x20 || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u007F' || c == '\uFEFF';
    }

    private interface PieceVisitor {
        void piece(String piece, char separatorAfter);
    }

    private static void forEachPiece(String value, PieceVisitor visitor) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0) {
                visitor.piece(value.substring(from, i), c);
                from = i + 1;
            }
        }
        visitor.piece(value.substring(from), (char) 0);
    }

    /** Writes rows with every cell quoted and neutralised; built on OpenCSV's writer. Not thread-safe. */
    public static final class RowWriter implements Flushable {

        private final ICSVWriter csv;

        private RowWriter(OutputStream out) {
            try {
                out.write(BOM);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ICSVWriter.DEFAULT_SEPARATOR,
                    ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n");
        }

        public void row(@Nullable String... cells) {
            String[] written = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                written[i] = neutralised(cells[i]);
            }
            csv.writeNext(written, true);
        }

        public void row(List<@Nullable String> cells) {
            row(cells.toArray(String[]::new));
        }

        @Override
        public void flush() {
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
