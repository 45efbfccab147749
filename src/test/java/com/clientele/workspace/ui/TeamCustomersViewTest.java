package com.clientele.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.booking.BookingHistoryEntry;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customers workspace offers each role only what it may do (SPEC §10); the services refuse the
 * rest regardless (TeamCustomerActionsTest).
 */
@IntegrationTest
class TeamCustomersViewTest extends SpringBrowserlessTest {

    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;

    Team team;

    @BeforeEach
    void setUp() {
        team = workspace.create();
    }

    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        try {
            super.cleanVaadinEnvironment();
        } finally {
            data.logout();
        }
    }

    @Test
    void aStaffMemberWorksWithTheirOwnCustomersWithoutBlockOrExport() {
        open(team.staff());

        assertThat(names()).containsExactlyInAnyOrder("Anna Staffed", "Cara Shared");
        assertThat(texts(find(Span.class).withClassName("stat-value").all()).getFirst()).isEqualTo("2");
        assertThat(find(Anchor.class).withClassName("export-link").exists()).isFalse();
        assertThat(menuFor("Anna Staffed")).containsExactly("Details", "Notes", "Send message");

        CustomerDetailsDialog dialog = details("Anna Staffed");
        assertThat(sectionTitles(dialog)).containsExactly("Contact", "Figures", "Private notes");
        assertThat(footer(dialog)).containsExactly("Mark favourite", "Notes", "Close");
        find(SectionSwitcher.class, dialog).single().setSelectedIndex(3);
        assertThat(find(Button.class, dialog).withText("Send message").exists()).isTrue();
    }

    @Test
    void frontDeskSeesEveryCustomerButNoNotesBlockOrExport() {
        open(team.frontDesk());

        assertThat(names()).hasSize(5);
        assertThat(find(Anchor.class).withClassName("export-link").exists()).isFalse();
        assertThat(menuFor("Eve Blocked")).containsExactly("Details", "Send message");

        CustomerDetailsDialog dialog = details("Dan Unassigned");
        assertThat(sectionTitles(dialog)).containsExactly("Contact", "Figures");
        assertThat(texts(find(Span.class, dialog).all())).doesNotContain(TeamWorkspace.DAN_NOTES);
        assertThat(footer(dialog)).containsExactly("Remove favourite", "Close");
        find(SectionSwitcher.class, dialog).single().setSelectedIndex(3);
        assertThat(find(Button.class, dialog).withText("Send message").exists()).as("front desk may message").isTrue();
    }

    @Test
    void aManagerHasEveryActionAndTheExport() {
        open(team.manager());

        assertThat(names()).hasSize(5);
        assertThat(find(Anchor.class).withClassName("export-link").exists()).isTrue();
        assertThat(menuFor("Eve Blocked")).containsExactly("Details", "Notes", "Send message", "Unblock");
        assertThat(menuFor("Bob Other")).containsExactly("Details", "Notes", "Send message", "Block…");
        assertThat(footer(details("Bob Other"))).containsExactly("Mark favourite", "Notes", "Block…", "Close");
    }

    @Test
    void theDetailsNameWhoServesEachBookingAndTheTimelinesNameWhoDidEachThing() {
        data.as(team.manager(), () -> customers.setFavorite(team.relation("Cara"), true));
        data.as(team.frontDesk(), () -> customers.setFavorite(team.relation("Cara"), false));
        open(team.owner());

        assertThat(find(ActivityList.class).first().actors()).as("the recent activity").startsWith(
                "by " + data.memberName(team.frontDesk().email()), "by " + data.memberName(team.manager().email()));
        CustomerDetailsDialog dialog = details("Cara Shared");
        find(SectionSwitcher.class, dialog).single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<BookingHistoryEntry> bookings = find(Grid.class, dialog).withClassName("history-grid").single();
        int staffColumn = test(bookings).getColumnPosition("staff");
        assertThat(IntStream.range(0, test(bookings).size()).mapToObj(row -> test(bookings).getCellText(row, staffColumn)))
                .as("each booking with who serves it").containsExactlyInAnyOrder(data.memberName(team.staff().email()),
                        data.memberName(team.otherStaff().email()));
        find(SectionSwitcher.class, dialog).single().setSelectedIndex(4);
        assertThat(find(ActivityList.class, dialog).single().actors()).as("the customer's timeline").startsWith(
                "by " + data.memberName(team.frontDesk().email()), "by " + data.memberName(team.manager().email()))
                .endsWith("by " + data.memberName(team.owner().email()));
    }

    private void open(TestMember member) {
        data.login(member.email());
        navigate(CustomersView.class);
    }

    private CustomerGrid grid() {
        return find(CustomerGrid.class).single();
    }

    private List<String> names() {
        return IntStream.range(0, test(grid()).size()).mapToObj(i -> test(grid()).getRow(i).name()).toList();
    }

    private CustomerRow row(String name) {
        return IntStream.range(0, test(grid()).size()).mapToObj(i -> test(grid()).getRow(i))
                .filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> menuFor(String name) {
        GridContextMenu<CustomerRow> menu = grid().rowMenu();
        assertThat(menu.getDynamicContentHandler().test(row(name))).isTrue();
        return menu.getItems().stream().map(GridMenuItem::getText).toList();
    }

    private CustomerDetailsDialog details(String name) {
        ((CustomersView) getCurrentView()).actions().openDetails(row(name));
        return find(CustomerDetailsDialog.class).single();
    }

    private List<String> sectionTitles(CustomerDetailsDialog dialog) {
        return texts(find(Span.class, dialog).withClassName("section-title").all());
    }

    private List<String> footer(CustomerDetailsDialog dialog) {
        return find(Div.class).withClassName("dialog-actions").single().getChildren().filter(Component::isVisible)
                .map(component -> ((Button) component).getText()).toList();
    }

    private static List<String> texts(List<? extends Span> spans) {
        return spans.stream().map(Span::getText).toList();
    }
}
