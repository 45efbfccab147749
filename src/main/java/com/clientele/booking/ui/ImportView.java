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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletionException;

/**
 * CSV import of customers or bookings: upload, check the guessed columns against a preview, check
 * every row, then import in the background while a progress bar moves.
 */
@Route("import")
@Menu(title = "import.menu", order = 3, icon = "vaadin:upload")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class ImportView extends Main implements HasDynamicTitle {

    private static final int MAX_MB = ImportService.MAX_BYTES / (1024 * 1024);

    private final transient ImportService imports;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Upload upload = new Upload();
    private final UploadI18N uploadTexts = UploadTexts.of(this);
    private final Div fileError = new Div();
    private final Div work = new Div();
    private ImportFile file;

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassNames("view", "import-view");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("import.kind." + value.name()));
        kind.setValue(ImportKind.CUSTOMERS);
        kind.addValueChangeListener(event -> kindChanged());
        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
        upload.setI18n(uploadTexts);
        upload.setDropLabel(new Span(getTranslation("import.upload.drop", MAX_MB)));
        upload.addFileRejectedListener(event -> showFileError(
                uploadTexts.getError().getFileIsTooBig().equals(event.getErrorMessage())
                        ? getTranslation("import.file.too-big", event.getFileName(), MAX_MB)
                        : getTranslation("import.file.not-csv", event.getFileName())));
        upload.addClassName("import-upload");
        fileError.addClassName("error-panel");
        fileError.setVisible(false);
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("view-intro");
        add(new ViewHeader(getTranslation("import.title")), intro, kind, upload, fileError, work);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.page-title");
    }

    /** Runs on the upload request; reads at most one byte more than allowed, then hands over to the UI. */
    private void receive(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(ImportService.MAX_BYTES + 1);
        }
        String name = event.getFileName();
        if (content.length > ImportService.MAX_BYTES) {
            event.reject(event.getUI().getTranslation("import.file.rejected", MAX_MB));
        }
        event.getUI().access(() -> received(name, content));
    }

    void received(String name, byte[] content) {
        upload.clearFileList();
        work.removeAll();
        fileError.setVisible(false);
        file = null;
        if (content.length > ImportService.MAX_BYTES) {
            showFileError(getTranslation("import.file.too-big", name, MAX_MB));
            return;
        }
        try {
            file = imports.read(kind.getValue(), name, content);
            showSteps();
        } catch (InvalidFileException e) {
            showFileError(getTranslation("import.file.unreadable", name, ErrorMessages.text(e.reason())));
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
                    : getTranslation("import.failed");
            Toasts.error(reason);
            return;
        }
        steps.result(new ImportResultPanel(file, summary));
        if (summary.written()) {
            steps.imported();
            Toasts.success(getTranslation("import.done", summary.created(), summary.updated(), summary.skipped()));
        } else {
            Toasts.error(getTranslation("import.nothing", summary.skipped()));
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
