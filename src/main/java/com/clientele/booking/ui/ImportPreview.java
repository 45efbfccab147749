package com.clientele.booking.ui;

import com.clientele.booking.imports.CsvRow;
import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The first rows of the file as they were read, one column per column of the file (shown as text). */
class ImportPreview extends Grid<CsvRow> {

    ImportPreview(ImportFile file) {
        super(CsvRow.class, false);
        addClassName("import-preview");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(CsvRow::line).setHeader(getTranslation("import.preview.line")).setWidth("4.5rem").setFlexGrow(0)
                .setFrozen(true);
        for (int column = 0; column < file.table().header().size(); column++) {
            int index = column;
            addColumn(row -> row.cell(index)).setHeader(file.table().header().get(column))
                    .setAutoWidth(true).setResizable(true);
        }
        setItems(file.table().firstRows(ImportService.PREVIEW_ROWS));
        setAllRowsVisible(true);
    }
}
