package com.clientele.booking.imports;

import java.util.List;

/** A file read as a table: its header and its non-blank rows. */
public record CsvTable(String fileName, char separator, List<String> header, List<CsvRow> rows) {

    public List<CsvRow> firstRows(int count) {
        return rows.subList(0, Math.min(count, rows.size()));
    }
}
