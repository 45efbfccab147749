package com.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridRoomTest {

    private final Grid<String> grid = new Grid<>();
    private final Grid.Column<String> name = column("name", "10rem");
    private final Grid.Column<String> email = column("email", "200px");
    private final Grid.Column<String> phone = column("phone", "9.5rem");

    @Test
    void widthsInPixelsAndRemAddUp() {
        assertThat(GridRoom.widthOf(List.of(name, email, phone))).isEqualTo(160 + 200 + 152);
    }

    @Test
    void columnsAreGivenUpInOrderUntilTheRestFits() {
        List<Grid.Column<String>> all = List.of(name, email, phone);

        assertThat(GridRoom.fitting(all, List.of(phone, email), 600)).containsExactly(name, email, phone);
        assertThat(GridRoom.fitting(all, List.of(phone, email), 400)).containsExactly(name, email);
        assertThat(GridRoom.fitting(all, List.of(phone, email), 300)).containsExactly(name);
        assertThat(GridRoom.fitting(all, List.of(phone, email), 100)).as("the rest, even if it does not fit")
                .containsExactly(name);
    }

    @Test
    void theDrawerTakesRoomOnlyBesideTheContent() {
        assertThat(GridRoom.forWindow(1440)).isEqualTo(1103);
        assertThat(GridRoom.forWindow(801)).isEqualTo(464);
        assertThat(GridRoom.forWindow(800)).as("drawer over the content").isEqualTo(719);
        assertThat(GridRoom.forWindow(390)).isEqualTo(372);
    }

    @Test
    void aColumnWithoutAUsableWidthCannotBeFitted() {
        assertThatThrownBy(() -> GridRoom.widthOf(List.of(column("auto", null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridRoom.widthOf(List.of(column("percent", "20%"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Grid.Column<String> column(String key, String width) {
        Grid.Column<String> column = grid.addColumn(value -> value).setKey(key);
        if (width != null) {
            column.setWidth(width);
        }
        return column;
    }
}
