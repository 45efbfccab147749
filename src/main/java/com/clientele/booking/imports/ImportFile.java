package com.clientele.booking.imports;

/** An uploaded file read as a table, with the column mapping guessed from its header. */
public record ImportFile(ImportKind kind, CsvTable table, ColumnMapping guessedMapping) {

    public String name() {
        return table.fileName();
    }

    public int rowCount() {
        return table.rows().size();
    }
}
