package com.clientele.booking.ui;

import com.clientele.base.ui.ErrorMessages;
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

    static final int SHORT_LIST = 6;

    ImportReport(ImportCheck check) {
        addClassName("import-report");
        if (!check.mappingProblems().isEmpty()) {
            addClassName("error-panel");
            add(new Paragraph(getTranslation("import.report.mapping")));
            UnorderedList list = new UnorderedList();
            check.mappingProblems().forEach(problem -> list.add(new ListItem(ErrorMessages.text(problem))));
            add(list);
            return;
        }
        Paragraph counts = new Paragraph(check.problems().isEmpty()
                ? getTranslation("import.report.ready", check.validRows(), check.rows())
                : getTranslation("import.report.ready-with-problems", check.validRows(), check.rows(),
                        check.problems().size()));
        counts.addClassName("report-counts");
        add(counts);
        if (!check.problems().isEmpty()) {
            add(problems(check.problems()));
        }
        if (!check.lookalikes().isEmpty()) {
            add(lookalikes(check.lookalikes()));
        }
    }

    /**
     * The rows that would add a customer who looks like one the business has (SPEC 12): imported all
     * the same, then waiting on the duplicates page for a merge.
     */
    private Div lookalikes(List<ImportCheck.Lookalike> rows) {
        Div box = new Div();
        box.addClassName("lookalikes");
        Paragraph count = new Paragraph(getTranslation("import.lookalikes.count", rows.size()));
        count.addClassName("problems-count");
        Grid<ImportCheck.Lookalike> grid = new Grid<>(ImportCheck.Lookalike.class, false);
        grid.addClassName("problems-grid");
        grid.setAriaLabel(getTranslation("import.lookalikes.label"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportCheck.Lookalike::line).setHeader(getTranslation("import.problems.line"))
                .setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(ImportCheck.Lookalike::name).setHeader(getTranslation("import.lookalikes.row")).setFlexGrow(1);
        grid.addColumn(row -> row.existing().name()).setHeader(getTranslation("import.lookalikes.existing"))
                .setFlexGrow(1);
        grid.addColumn(row -> row.existing().reasons().stream().map(ErrorMessages::text)
                .collect(java.util.stream.Collectors.joining(", ")))
                .setHeader(getTranslation("import.lookalikes.why")).setFlexGrow(1);
        box.add(count, bounded(grid, rows));
        return box;
    }

    /** A few rows take only their room; more scroll inside a bounded table (styles.css .problems-grid). */
    private static <T> Grid<T> bounded(Grid<T> grid, List<T> rows) {
        grid.setItems(rows);
        boolean shortList = rows.size() <= SHORT_LIST;
        grid.setAllRowsVisible(shortList);
        grid.addClassName(shortList ? "problems-short" : "problems-scrolling");
        return grid;
    }

    /** The refused rows with their reasons: a count, then a table of bounded height that scrolls. */
    static Div problems(List<RejectedRow> rows) {
        Div box = new Div();
        box.addClassName("problems");
        Paragraph count = new Paragraph(box.getTranslation("import.problems.count", rows.size()));
        count.addClassName("problems-count");
        Grid<RejectedRow> grid = new Grid<>(RejectedRow.class, false);
        grid.addClassName("problems-grid");
        grid.setAriaLabel(box.getTranslation("import.problems.label"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RejectedRow::line).setHeader(box.getTranslation("import.problems.line")).setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(row -> ErrorMessages.text(row.reason())).setHeader(box.getTranslation("import.problems.problem")).setFlexGrow(1);
        box.add(count, bounded(grid, rows));
        return box;
    }
}
