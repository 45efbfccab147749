package com.clientele.booking.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.Toasts;
import com.clientele.base.ui.ViewHeader;
import com.clientele.booking.imports.ColumnMapping;
import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportKind;
import com.clientele.booking.imports.ImportService;
import com.clientele.booking.imports.ImportSummary;
import com.clientele.booking.imports.InvalidFileException;
import com.clientele.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/**
 * CSV import of customers or bookings: upload, check the guessed columns against a preview, check
 * every row, then import in the background while a progress bar moves.
 */
@Route("import")
@PageTitle("Import · Clientele")
@Menu(title = "Import", order = 3, icon = "vaadin:upload")
@RolesAllowed(Roles.PROVIDER)
public class ImportView extends Main {

    private static final int MAX_MB = ImportService.MAX_BYTES / (1024 * 1024);

    private final transient ImportService imports;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>("The file holds");
    private final Upload upload = new Upload();
    private final Div fileError = new Div();
    private final Div work = new Div();
    private ImportFile file;

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassNames("view", "import-view");
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(ImportKind::label);
        kind.setValue(ImportKind.CUSTOMERS);
        kind.addValueChangeListener(event -> kindChanged());
        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
        upload.setDropLabel(new Span("Drop a CSV file here (up to " + MAX_MB + " MB)"));
        upload.addFileRejectedListener(event -> showFileError(event.getFileName() + ": "
                + (event.getErrorMessage().toLowerCase(Locale.ROOT).contains("big") ? "the file is larger than " + MAX_MB
                        + " MB. Split it into smaller files." : "only CSV files can be imported.")));
        upload.addClassName("import-upload");
        fileError.addClassName("error-panel");
        fileError.setVisible(false);
        Paragraph intro = new Paragraph("Bring in your customer list or booking history from a CSV file exported"
                + " by another tool. Customers are recognised by e-mail address, else phone number, and bookings"
                + " by their reference (else customer, start and service), so importing the same file again creates"
                + " no duplicates.");
        intro.addClassName("view-intro");
        add(new ViewHeader("Import"), intro, kind, upload, fileError, work);
    }

    /** Runs on the upload request; reads at most one byte more than allowed, then hands over to the UI. */
    private void receive(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(ImportService.MAX_BYTES + 1);
        }
        String name = event.getFileName();
        if (content.length > ImportService.MAX_BYTES) {
            event.reject("Larger than " + MAX_MB + " MB");
        }
        event.getUI().access(() -> received(name, content));
    }

    void received(String name, byte[] content) {
        upload.clearFileList();
        work.removeAll();
        fileError.setVisible(false);
        file = null;
        if (content.length > ImportService.MAX_BYTES) {
            showFileError(name + ": the file is larger than " + MAX_MB + " MB. Split it into smaller files.");
            return;
        }
        try {
            file = imports.read(kind.getValue(), name, content);
            showSteps();
        } catch (InvalidFileException e) {
            showFileError(name + ": " + ErrorMessages.text(e.reason()));
        }
    }

    private void kindChanged() {
        if (file != null) {
            file = new ImportFile(kind.getValue(), file.table(),
                    ColumnMapping.guess(kind.getValue(), file.table().header()));
            showSteps();
        }
    }

    private void showSteps() {
        work.removeAll();
        work.add(new ImportSteps(file, imports::check, this::start));
    }

    private void start(ImportSteps steps) {
        UI ui = UI.getCurrent();
        try {
            imports.start(file, steps.mapping(), steps.mode(), (done, total) -> later(ui,
                            () -> steps.progress(done, total)))
                    .whenComplete((summary, error) -> later(ui, () -> finished(steps, summary, error)));
            steps.running(true);
        } catch (ConflictException | InvalidInputException e) {
            Toasts.error(e.getMessage());
        }
    }

    private void finished(ImportSteps steps, ImportSummary summary, Throwable error) {
        steps.running(false);
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            String reason = cause instanceof ConflictException || cause instanceof InvalidInputException
                    ? ErrorMessages.of(cause).map(ErrorMessages::text).orElseThrow()
                    : "The import failed and nothing was written. Please try again in a moment.";
            Toasts.error(reason);
            return;
        }
        steps.result(new ImportResultPanel(file, summary));
        if (summary.written()) {
            steps.imported();
            Toasts.success(String.format("Import finished: %,d created, %,d updated, %,d skipped", summary.created(),
                    summary.updated(), summary.skipped()));
        } else {
            Toasts.error("Nothing was imported: " + summary.skipped() + " rows cannot be imported");
        }
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
        upload.clearFileList();
    }

    /** Runs on the UI when it is still there; a closed tab just misses the update. */
    private static void later(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException closed) {
            // the user left; the import itself carries on and its result is in the data
        }
    }
}
