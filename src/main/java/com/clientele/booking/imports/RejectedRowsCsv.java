package com.clientele.booking.imports;

import com.clientele.base.CsvCells;
import com.clientele.base.Text;
import com.clientele.booking.RejectedRow;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows an import refused, as a CSV to fix and upload again: line, reason, then the row as it
 * was. Written as every CSV of the application is ({@link CsvCells}: UTF-8 with a BOM, every cell
 * quoted, formulas neutralised), so the file can be imported again as it is.
 */
public final class RejectedRowsCsv {

    private RejectedRowsCsv() {
    }

    public static String fileName(ImportFile file) {
        String base = file.name() == null ? "import" : file.name().replaceAll("(?i)\\.csv$", "");
        return base.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "-rejected.csv";
    }

    /**
     * @param reasons renders a reason in the reader's language
     */
    public static void write(ImportFile file, List<RejectedRow> rejected, Function<Text, String> reasons,
            OutputStream out) {
        Map<Integer, CsvRow> rowsByLine = file.table().rows().stream()
                .collect(Collectors.toMap(CsvRow::line, Function.identity()));
        CsvCells.RowWriter csv = CsvCells.writer(out);
        List<String> header = new ArrayList<>(List.of("line", "reason"));
        header.addAll(file.table().header());
        csv.row(header);
        for (RejectedRow rejection : rejected) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(rejection.line()),
                    reasons.apply(rejection.reason())));
            CsvRow row = rowsByLine.get(rejection.line());
            if (row != null) {
                cells.addAll(row.cells());
            }
            csv.row(cells);
        }
        csv.flush();
    }
}
