package com.clientele.workspace.ui;

import com.clientele.customer.CustomerExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;

/** Downloads exactly the customers the workspace shows, in its order, as CSV. */
class ExportLink extends Anchor {

    ExportLink(CustomerExport export, WorkspaceUrl url) {
        super(handler(export, url), AttachmentType.DOWNLOAD, "");
        addClassName("export-link");
        add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("workspace.export")));
        // The visible words are the accessible name (speech users say what they see); what is
        // exported is the tooltip, which screen readers read as the description.
        Tooltip.forComponent(this).withText(getTranslation("workspace.export.help"));
    }

    private static DownloadHandler handler(CustomerExport export, WorkspaceUrl url) {
        return event -> {
            event.setFileName(export.fileName());
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                export.write(url.filter(), url.order(), out);
            }
        };
    }
}
