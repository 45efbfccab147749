package com.clientele.booking.ui;

import com.clientele.booking.imports.ColumnMapping;
import com.clientele.booking.imports.ImportCheck;
import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportMode;
import com.clientele.booking.imports.ImportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.io.Serializable;

/**
 * The steps after an upload: columns (guessed, editable) with a preview of the first rows, a check of
 * every row, then the import with its mode and a progress bar. Fires check and start; knows no service.
 */
class ImportSteps extends Div {

    interface Checker extends Serializable {
        ImportCheck check(ImportFile file, ColumnMapping mapping);
    }

    interface Starter extends Serializable {
        void start(ImportSteps steps);
    }

    private final ImportFile file;
    private final ColumnMappingForm mappingForm;
    private final Button check = new Button(VaadinIcon.CHECK.create());
    private final Div report = new Div();
    private final Div importActions = new Div();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Button importButton = new Button(VaadinIcon.UPLOAD.create());
    private final Div progressBox = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div result = new Div();
    private final Paragraph notImported = new Paragraph();
    private boolean imported;

    ImportSteps(ImportFile file, Checker checker, Starter starter) {
        this.file = file;
        addClassName("import-steps");
        mappingForm = new ColumnMappingForm(file.guessedMapping(), file.table().header(), changed -> reset());
        notImported.addClassName("not-imported");
        showNotImported();
        check.setText(getTranslation("import.steps.check"));
        check.addClickListener(click -> showCheck(checker.check(file, mappingForm.mapping())));
        mode.setLabel(getTranslation("import.steps.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("import.mode." + value.name()));
        mode.setValue(ImportMode.SKIP_INVALID);
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setHelperText(description(ImportMode.SKIP_INVALID));
        mode.addValueChangeListener(event -> mode.setHelperText(description(event.getValue())));
        importButton.setText(getTranslation("import.steps.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> starter.start(this));
        importActions.addClassName("import-actions");
        importActions.add(mode, importButton);
        importActions.setVisible(false);
        progressBar.setMin(0);
        progressBar.setMax(1);
        progressText.addClassName("progress-text");
        progressBox.addClassName("import-progress");
        progressBox.add(progressText, progressBar);
        progressBox.setVisible(false);
        H2 title = new H2(getTranslation("import.steps.title", file.name(), file.rowCount()));
        Paragraph hint = new Paragraph(getTranslation("import.steps.hint"));
        hint.addClassName("view-intro");
        H3 preview = new H3(getTranslation("import.steps.preview",
                Math.min(ImportService.PREVIEW_ROWS, file.rowCount())));
        add(title, hint, mappingForm, notImported, preview, new ImportPreview(file), check, report, importActions,
                progressBox, result);
    }

    ColumnMapping mapping() {
        return mappingForm.mapping();
    }

    ImportMode mode() {
        return mode.getValue();
    }

    void progress(long done, long total) {
        double share = total <= 0 ? 1 : (double) done / total;
        progressBar.setIndeterminate(false);
        progressBar.setValue(Math.min(1, share));
        progressText.setText(getTranslation("import.steps.progress", file.name(), Math.round(share * 100)));
    }

    void running(boolean running) {
        progressBox.setVisible(running);
        if (running) {
            result.removeAll();
            progressBar.setIndeterminate(true);
            progressText.setText(getTranslation("import.steps.starting", file.name()));
        }
        mappingForm.setEnabled(!running);
        check.setEnabled(!running);
        mode.setEnabled(!running);
        importButton.setEnabled(!running && !imported);
    }

    /** Shows how the import ended in place of the check; Import stays off until the file or a column changes. */
    void result(Component panel) {
        report.removeAll();
        result.removeAll();
        result.add(panel);
    }

    /** After an import the same rows are not imported again by a second click. */
    void imported() {
        imported = true;
        importButton.setEnabled(false);
        importButton.setTooltipText(getTranslation("import.steps.imported"));
    }

    private void showNotImported() {
        var unused = mappingForm.mapping().notImported(file.table().header());
        notImported.setText(unused.isEmpty() ? ""
                : getTranslation("import.steps.not-imported", unused.size(), String.join(", ", unused)));
        notImported.setVisible(!unused.isEmpty());
    }

    private String description(ImportMode value) {
        return getTranslation("import.mode." + value.name() + ".description");
    }

    private void showCheck(ImportCheck checked) {
        report.removeAll();
        report.add(new ImportReport(checked));
        importActions.setVisible(checked.mappingProblems().isEmpty());
        importButton.setEnabled(checked.canImport() && !imported);
        result.removeAll();
    }

    private void reset() {
        imported = false;
        importButton.setTooltipText(null);
        showNotImported();
        report.removeAll();
        result.removeAll();
        importActions.setVisible(false);
    }
}
