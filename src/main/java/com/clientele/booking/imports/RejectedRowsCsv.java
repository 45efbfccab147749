package com.clientele.booking.imports;

import com.clientele.booking.RejectedRow;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows an import refused, as a CSV to fix and upload again: line, reason, then the row as it
 * was. UTF-8 with a BOM (so spreadsheet programs show accents right), RFC 4180 quoting, and cells
 * that a spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
public final class RejectedRowsCsv {

    private RejectedRowsCsv() {
    }

    public static String fileName(ImportFile file) {
        String base = file.name() == null ? "import" : file.name().replaceAll("(?i)\\.csv$", "");
        return base.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "-rejected.csv";
    }

    public static void write(ImportFile file, List<RejectedRow> rejected, OutputStream out) throws IOException {
        Map<Integer, CsvRow> rowsByLine = file.table().rows().stream()
                .collect(Collectors.toMap(CsvRow::line, Function.identity()));
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ICSVWriter csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
        List<String> header = new ArrayList<>(List.of("line", "reason"));
        header.addAll(file.table().header());
        csv.writeNext(neutralised(header), false);
        for (RejectedRow rejection : rejected) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(rejection.line()), rejection.reason()));
            CsvRow row = rowsByLine.get(rejection.line());
            if (row != null) {
                cells.addAll(row.cells());
            }
            csv.writeNext(neutralised(cells), false);
        }
        csv.flush();
    }

    /** Spreadsheets run cells starting with = + - @ tab or CR as formulas; an apostrophe stops that. */
    static String neutralise(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String[] neutralised(List<String> cells) {
        return cells.stream().map(RejectedRowsCsv::neutralise).toArray(String[]::new);
    }
}
