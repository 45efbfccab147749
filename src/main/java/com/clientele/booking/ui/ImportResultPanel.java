package com.clientele.booking.ui;

import com.clientele.booking.imports.ImportFile;
import com.clientele.booking.imports.ImportKind;
import com.clientele.booking.imports.ImportSummary;
import com.clientele.booking.imports.RejectedRowsCsv;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** How an import ended: counts, and the refused rows with their reasons as a CSV download. */
class ImportResultPanel extends Div {

    ImportResultPanel(ImportFile file, ImportSummary summary) {
        addClassName("import-result");
        addClassName(summary.written() ? "success-panel" : "error-panel");
        String kind = summary.kind().name();
        add(new H2(getTranslation(summary.written() ? "import.result.finished" : "import.result.nothing")));
        if (summary.written()) {
            add(new Paragraph(getTranslation("import.result.created." + kind, summary.created(), summary.updated(),
                    summary.unchanged(), summary.skipped())));
            if (summary.kind() == ImportKind.BOOKINGS && summary.newCustomers() > 0) {
                add(new Paragraph(getTranslation("import.result.new-customers", summary.newCustomers())));
            }
        } else {
            add(new Paragraph(getTranslation("import.result.all-or-nothing", summary.skipped())));
        }
        if (summary.written() && summary.created() + summary.updated() + summary.unchanged() > 0) {
            Anchor view = new Anchor(summary.kind() == ImportKind.CUSTOMERS ? "customers" : "bookings",
                    getTranslation("import.result.view." + kind));
            view.addClassName("view-imported");
            add(view);
        }
        add(new Paragraph(getTranslation("import.result.file", file.name(), summary.rows(),
                summary.took().toMillis() / 1000.0)));
        if (!summary.rejected().isEmpty()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RejectedRowsCsv.write(file, summary.rejected(),
                        reason -> getTranslation(reason.key(), reason.args()), out);
                byte[] bytes = out.toByteArray();
                return new DownloadResponse(new ByteArrayInputStream(bytes), RejectedRowsCsv.fileName(file),
                        "text/csv;charset=UTF-8", bytes.length);
            }), AttachmentType.DOWNLOAD, "");
            download.add(VaadinIcon.DOWNLOAD.create(),
                    new Span(getTranslation("import.result.download", summary.skipped())));
            download.addClassName("download-link");
            add(download, ImportReport.problems(summary.rejected()));
        }
    }
}
