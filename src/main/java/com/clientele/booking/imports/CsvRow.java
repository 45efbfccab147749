package com.clientele.booking.imports;

import java.util.List;

/** One record of a file, with the line it starts on (the header is line 1). */
public record CsvRow(int line, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }
}
