package com.clientele.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The customer list's column menu: each optional column can be hidden or shown again. The choice is
 * kept for the rest of the user's session (every tab and every visit of the workspace); columns
 * that are shown still give way when the window is too narrow for them.
 */
class ColumnChooser extends Button {

    static final String SESSION_KEY = ColumnChooser.class.getName() + ".hidden";

    private final CustomerGrid grid;

    ColumnChooser(CustomerGrid grid) {
        super(VaadinIcon.GRID_SMALL_O.create());
        this.grid = grid;
        setText(getTranslation("workspace.columns"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("column-chooser");
        setAriaLabel(getTranslation("workspace.columns.label"));
        grid.hideByUser(remembered());
        ContextMenu menu = new ContextMenu(this);
        menu.setOpenOnClick(true);
        for (Map.Entry<String, String> column : grid.optionalColumns().entrySet()) {
            MenuItem item = menu.addItem(column.getValue());
            item.setCheckable(true);
            item.setChecked(!grid.hiddenByUser().contains(column.getKey()));
            item.setKeepOpen(true);
            item.addClickListener(click -> setShown(column.getKey(), item.isChecked()));
        }
    }

    /** Shows or hides one optional column and remembers the choice for the session. */
    void setShown(String key, boolean shown) {
        Set<String> hidden = new HashSet<>(grid.hiddenByUser());
        if (shown) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
        grid.hideByUser(hidden);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, new LinkedHashSet<>(grid.hiddenByUser()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getAttribute(SESSION_KEY);
        return stored instanceof Set<?> keys ? (Set<String>) keys : Set.of();
    }
}
