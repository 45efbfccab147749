package com.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A view's filters in its address, so it can be bookmarked and Back undoes each change: every
 * change the user makes adds a browser history entry with the new query ({@code pushState}: the
 * view stays as it is, a search field keeps its focus), and the view shows whatever query it is
 * entered with ({@code beforeEnter}): a bookmark, or Back and Forward, which the router turns into
 * a navigation to the earlier address. Changes the view makes itself while showing a query are not
 * pushed again.
 */
public final class UrlState {

    private final String path;
    private String shown = "";
    private boolean restoring;
    private Location current;

    public UrlState(String path) {
        this.path = path;
    }

    /**
     * Shows a state read from the address: {@code showFields} sets the fields (their change
     * listeners see {@link #isRestoring()}), {@code query} is that state as this view writes it.
     */
    public void restored(QueryParameters query, Runnable showFields) {
        restoring = true;
        try {
            showFields.run();
        } finally {
            restoring = false;
        }
        shown = query.getQueryString();
        current = new Location(path, query);
    }

    /** True while fields are being set from the address. */
    public boolean isRestoring() {
        return restoring;
    }

    /**
     * Makes this state a new history entry of the browser.
     *
     * @return false when the address already shows it or the fields are being restored
     */
    public boolean push(QueryParameters query) {
        String text = query.getQueryString();
        UI ui = UI.getCurrent();
        if (restoring || ui == null || text.equals(shown)) {
            return false;
        }
        shown = text;
        current = new Location(path, query);
        ui.getPage().getHistory().pushState(null, current);
        return true;
    }

    /** The address as this view last showed or pushed it. */
    public Location current() {
        return current == null ? new Location(path) : current;
    }

    /** The first value of a query parameter, if any and not blank. */
    public static Optional<String> first(QueryParameters query, String name) {
        List<String> values = query.getParameters().getOrDefault(name, List.of());
        return values.stream().filter(value -> value != null && !value.isBlank()).findFirst();
    }

    /** A date parameter (ISO, {@code 2026-12-01}); a malformed one counts as absent. */
    public static LocalDate date(QueryParameters query, String name) {
        return first(query, name).map(text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }

    /** Adds a parameter when it has a value. */
    public static void put(Map<String, String> params, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value.toString().strip());
        }
    }
}
