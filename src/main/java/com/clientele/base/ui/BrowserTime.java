package com.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The time zone of the user's browser, for screens that have no provider time zone (the admin's). */
public final class BrowserTime {

    private BrowserTime() {
    }

    /** The browser's zone, or UTC when the browser did not tell. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException ignored) {
                // fall back to UTC
            }
        }
        return ZoneOffset.UTC;
    }
}
