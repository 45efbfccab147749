package com.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.IntConsumer;

/** Checks for grids that fit their columns to the window ({@link GridRoom}). */
public final class GridFit {

    /** Window widths from a large monitor down to a small phone. */
    static final int[] WINDOWS = {1920, 1440, 1280, 1200, 1024, 820, 700, 390, 360};

    private GridFit() {
    }

    /** Fits the grid to each window width in turn: its visible columns never need a sideways scroll. */
    public static void assertFitsEveryWindow(Grid<?> grid, IntConsumer fit) {
        for (int window : WINDOWS) {
            fit.accept(window);
            List<? extends Grid.Column<?>> sized = grid.getColumns().stream()
                    .filter(column -> column.isVisible() && column.getWidth() != null).toList();
            assertThat(GridRoom.widthOf(sized)).as("columns at a %d px window", window)
                    .isLessThanOrEqualTo(GridRoom.forWindow(window));
        }
    }

    public static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }
}
