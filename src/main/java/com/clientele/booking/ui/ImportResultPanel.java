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
        boolean bookings = summary.kind() == ImportKind.BOOKINGS;
        add(new H2(summary.written() ? "Import finished" : "Nothing was imported"));
        if (summary.written()) {
            add(new Paragraph("Created " + count(summary.created(), bookings ? "booking" : "customer")
                    + String.format(", updated %,d, already there %,d, skipped %,d.", summary.updated(),
                    summary.unchanged(), summary.skipped())));
            if (bookings && summary.newCustomers() > 0) {
                add(new Paragraph(count(summary.newCustomers(), "new customer") + " added."));
            }
        } else {
            add(new Paragraph("“All or nothing” was chosen and " + count(summary.skipped(), "row")
                    + " cannot be imported, so nothing was written. Fix them, or import with “Skip invalid rows”."));
        }
        if (summary.written() && summary.created() + summary.updated() + summary.unchanged() > 0) {
            boolean customers = summary.kind() == ImportKind.CUSTOMERS;
            Anchor view = new Anchor(customers ? "customers" : "bookings",
                    customers ? "View imported customers" : "View imported bookings");
            view.addClassName("view-imported");
            add(view);
        }
        add(new Paragraph(file.name() + " · " + count(summary.rows(), "row")
                + String.format(" · %.1f s", summary.took().toMillis() / 1000.0)));
        if (!summary.rejected().isEmpty()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RejectedRowsCsv.write(file, summary.rejected(),
                        reason -> getTranslation(reason.key(), reason.args()), out);
                byte[] bytes = out.toByteArray();
                return new DownloadResponse(new ByteArrayInputStream(bytes), RejectedRowsCsv.fileName(file),
                        "text/csv;charset=UTF-8", bytes.length);
            }), AttachmentType.DOWNLOAD, "");
            download.add(VaadinIcon.DOWNLOAD.create(), new Span("Download the " + count(summary.skipped(), "rejected row")
                    + " with the reasons (CSV)"));
            download.addClassName("download-link");
            add(download, ImportReport.problems(summary.rejected()));
        }
    }

    static String count(int n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
