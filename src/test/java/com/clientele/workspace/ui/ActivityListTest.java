package com.clientele.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.base.Sql;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recent activity and a customer's timeline read in the member's language: the same stored
 * event in English for one member and in German, with German dates, for another.
 */
@IntegrationTest
class ActivityListTest extends SpringBrowserlessTest {

    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    Fixture fixture;

    @BeforeEach
    void logIn() {
        fixture = workspace.create();
        data.login(fixture.provider().email());
    }

    /** Signs out after the browserless teardown, which runs refreshes still queued (see CustomersViewTest). */
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
    void theSameEventReadsInEnglishForAnEnglishMemberAndInGermanForAGermanMember() {
        navigate(CustomersView.class);
        assertThat(recent().readings().getFirst())
                .isEqualTo(Workspace.WILDCARD_NAME + " · Booking created · Cut on 7 May 2026, 10:00 · just now");

        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(CustomersView.class);

        assertThat(recent().readings().getFirst())
                .isEqualTo(Workspace.WILDCARD_NAME + " · Buchung angelegt · Cut am 07.05.2026, 10:00 · gerade eben");
    }

    @Test
    void aGermanMemberReadsTheCustomersTimelineInGerman() {
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(CustomersView.class);

        ((CustomersView) getCurrentView()).actions().openDetails(customerRow("Eve Blocked"));

        CustomerDetailsDialog dialog = find(CustomerDetailsDialog.class).single();
        find(SectionSwitcher.class, dialog).single().setSelectedIndex(4);
        ActivityList timeline = find(ActivityList.class, dialog).single();
        assertThat(timeline.readings()).as("the block reason stays as the member wrote it").containsExactly(
                "Gesperrt · Never turns up · gerade eben",
                "Buchung angelegt · Cut am 09.05.2026, 10:00 (nicht erschienen) · gerade eben");
    }

    @Test
    void anEntryStoredBeforeSummariesHadKeysShowsItsStoredText() {
        jdbc.sql("INSERT INTO activity_event (provider_id, customer_id, type, summary, actor, occurred_at)"
                        + " VALUES (?, ?, 'BOOKING_CONFIRMED', 'Colour on 1 Jun 2026, 09:00', ?, ?)")
                .params(fixture.provider().id(), fixture.customer("Cara"), fixture.provider().email(),
                        Sql.param(Instant.now().plusSeconds(5)))
                .update();
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);

        navigate(CustomersView.class);

        assertThat(recent().readings().getFirst())
                .isEqualTo("Cara New · Buchung bestätigt · Colour on 1 Jun 2026, 09:00 · gerade eben");
        assertThat(recent().summaries().get(1)).as("the events written since read in German")
                .isEqualTo("Cut am 07.05.2026, 10:00");
    }

    private ActivityList recent() {
        return find(ActivityList.class).first();
    }

    private CustomerRow customerRow(String name) {
        CustomerGrid grid = find(CustomerGrid.class).single();
        List<CustomerRow> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows.stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }
}
