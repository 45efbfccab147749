package com.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * How wide a grid in a view of the main layout can be, so a grid shows the columns that fit instead
 * of scrolling sideways. Computed from the browser window's width, which the server learns on
 * attach and on every resize.
 */
public final class GridRoom {

    /** Lumo's app layout shows the navigation drawer beside the content above this window width. */
    static final int DRAWER_BESIDE_ABOVE = 800;
    /** The view's padding is smaller up to this window width (styles.css). */
    static final int PHONE_UP_TO = 600;
    private static final int PIXELS_PER_REM = 16;

    private GridRoom() {
    }

    /**
     * Calls {@code fit} with the browser window's width whenever the component is attached and
     * whenever the window is resized while it is.
     */
    public static void follow(Component component, IntConsumer fit) {
        Registration[] resizing = new Registration[1];
        component.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            ExtendedClientDetails details = page.getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                fit.accept(details.getWindowInnerWidth());
            } else {
                page.retrieveExtendedClientDetails(received -> fit.accept(received.getWindowInnerWidth()));
            }
            resizing[0] = page.addBrowserWindowResizeListener(resized -> fit.accept(resized.getWidth()));
        });
        component.addDetachListener(detach -> {
            if (resizing[0] != null) {
                resizing[0].remove();
                resizing[0] = null;
            }
        });
    }

    /**
     * The columns that fit this room: all of them, less those of {@code dropOrder} given up in that
     * order until the rest fits. The rest may still not fit; the caller then has a layout of its own.
     */
    public static <C extends Grid.Column<?>> List<C> fitting(List<C> columns, List<C> dropOrder, int room) {
        List<C> shown = new ArrayList<>(columns);
        for (C column : dropOrder) {
            if (widthOf(shown) <= room) {
                break;
            }
            shown.remove(column);
        }
        return shown;
    }

    /**
     * The room for a grid's columns in a window this wide: the window less the drawer beside the
     * content, the view's padding and a scroll bar (phones lay theirs over the content). Measured in
     * Chromium at 1440, 700 and 390 px.
     */
    public static int forWindow(int windowWidth) {
        if (windowWidth > DRAWER_BESIDE_ABOVE) {
            return windowWidth - 337;
        }
        return windowWidth > PHONE_UP_TO ? windowWidth - 81 : windowWidth - 18;
    }

    /** The widths of these columns added up, in pixels; their widths are set in px or rem. */
    public static int widthOf(Collection<? extends Grid.Column<?>> columns) {
        return columns.stream().mapToInt(column -> pixels(column.getWidth())).sum();
    }

    static int pixels(String width) {
        if (width == null) {
            throw new IllegalArgumentException("A column without a width cannot be fitted");
        }
        if (width.endsWith("rem")) {
            return (int) Math.ceil(Double.parseDouble(width.substring(0, width.length() - 3)) * PIXELS_PER_REM);
        }
        if (width.endsWith("px")) {
            return Integer.parseInt(width.substring(0, width.length() - 2));
        }
        throw new IllegalArgumentException("Column width in px or rem expected: " + width);
    }
}
