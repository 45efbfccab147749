package com.clientele.booking.ui;

import com.clientele.booking.RejectedRow;
import com.clientele.booking.imports.ImportCheck;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What checking every row found: the mapping's gaps, or how many rows are ready and why others are not. */
class ImportReport extends Div {

    ImportReport(ImportCheck check) {
        addClassName("import-report");
        if (!check.mappingProblems().isEmpty()) {
            addClassName("error-panel");
            add(new Paragraph("Choose the columns first:"));
            UnorderedList list = new UnorderedList();
            check.mappingProblems().forEach(problem -> list.add(new ListItem(problem)));
            add(list);
            return;
        }
        Paragraph counts = new Paragraph(rows(check.validRows()) + String.format(" of %,d", check.rows())
                + " ready to import"
                + (check.problems().isEmpty() ? "." : "; " + rows(check.problems().size()) + " with problems:"));
        counts.addClassName("report-counts");
        add(counts);
        if (!check.problems().isEmpty()) {
            add(problems(check.problems()));
        }
    }

    static Grid<RejectedRow> problems(List<RejectedRow> rows) {
        Grid<RejectedRow> grid = new Grid<>(RejectedRow.class, false);
        grid.addClassName("problems-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RejectedRow::line).setHeader("Line").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(RejectedRow::reason).setHeader("Problem").setFlexGrow(1);
        grid.setItems(rows);
        return grid;
    }

    private static String rows(int count) {
        return ImportResultPanel.count(count, "row");
    }
}
