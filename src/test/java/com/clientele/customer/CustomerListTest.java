package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.base.InvalidInputException;
import com.clientele.base.i18n.English;
import com.clientele.customer.Workspace.Fixture;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The customer list, its stats and its CSV export, all computed in SQL for the current provider. */
@IntegrationTest
class CustomerListTest {

    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerStatistics statistics;
    @Autowired
    CustomerExport export;

    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
    }

    @Test
    void defaultOrderIsLastBookingNewestFirst() {
        assertThat(names(CustomerFilter.ALL, CustomerOrder.DEFAULT))
                .containsExactly("Bob Returning", "Dan Favourite", "Cara New", "Eve Blocked", "Anna Regular",
                        Workspace.WILDCARD_NAME, Workspace.XSS_NAME);
    }

    @Test
    void everySortWorksBothWaysWithAStableTieBreak() {
        for (CustomerSort sort : CustomerSort.values()) {
            List<CustomerRow> ascending = list(CustomerFilter.ALL, new CustomerOrder(sort, false));
            List<CustomerRow> descending = list(CustomerFilter.ALL, new CustomerOrder(sort, true));
            assertThat(descending).as(sort.code()).containsExactlyElementsOf(ascending.reversed());
        }
        assertThat(names(CustomerFilter.ALL, new CustomerOrder(CustomerSort.TOTAL_SPENT, true)).subList(0, 3))
                .containsExactly("Dan Favourite", "Anna Regular", "Bob Returning");
        assertThat(names(CustomerFilter.ALL, new CustomerOrder(CustomerSort.NAME, false)).getFirst())
                .isEqualTo(Workspace.XSS_NAME);
    }

    @Test
    void searchMatchesNameEmailAndPhoneDigitsInAnyFormat() {
        assertThat(names(new CustomerFilter("anna REG", null), CustomerOrder.DEFAULT)).containsExactly("Anna Regular");
        assertThat(names(new CustomerFilter("bob.p" + fixture.provider().id(), null), CustomerOrder.DEFAULT))
                .containsExactly("Bob Returning");
        assertThat(names(new CustomerFilter("7946-0001", null), CustomerOrder.DEFAULT)).containsExactly("Anna Regular");
        assertThat(names(new CustomerFilter("(020) 7946", null), CustomerOrder.DEFAULT)).containsExactly("Anna Regular");
        assertThat(names(new CustomerFilter("+44 20 7946", null), CustomerOrder.DEFAULT)).containsExactly("Anna Regular");
        assertThat(names(new CustomerFilter("212-555", null), CustomerOrder.DEFAULT)).containsExactly("Bob Returning");
    }

    @Test
    void percentAndUnderscoreAreLiteralCharacters() {
        assertThat(names(new CustomerFilter("%", null), CustomerOrder.DEFAULT)).containsExactly(Workspace.WILDCARD_NAME);
        assertThat(names(new CustomerFilter("_", null), CustomerOrder.DEFAULT)).containsExactly(Workspace.WILDCARD_NAME);
        assertThat(names(new CustomerFilter("50%_o", null), CustomerOrder.DEFAULT))
                .containsExactly(Workspace.WILDCARD_NAME);
        assertThat(names(new CustomerFilter("' OR 1=1 --", null), CustomerOrder.DEFAULT)).isEmpty();
    }

    @Test
    void statusFilterAndCountAgreeForEveryStatus() {
        assertThat(names(new CustomerFilter(null, CustomerStatus.REGULAR), CustomerOrder.DEFAULT))
                .containsExactly("Anna Regular");
        assertThat(names(new CustomerFilter(null, CustomerStatus.RETURNING), CustomerOrder.DEFAULT))
                .containsExactly("Bob Returning");
        assertThat(names(new CustomerFilter(null, CustomerStatus.FAVORITE), CustomerOrder.DEFAULT))
                .containsExactly("Dan Favourite");
        assertThat(names(new CustomerFilter(null, CustomerStatus.BLOCKED), CustomerOrder.DEFAULT))
                .containsExactly("Eve Blocked");
        assertThat(names(new CustomerFilter(null, CustomerStatus.NEW), CustomerOrder.DEFAULT))
                .containsExactlyInAnyOrder("Cara New", Workspace.XSS_NAME, Workspace.WILDCARD_NAME);
        for (CustomerStatus status : CustomerStatus.values()) {
            CustomerFilter filter = new CustomerFilter(null, status);
            assertThat(count(filter)).isEqualTo(list(filter, CustomerOrder.DEFAULT).size());
        }
        assertThat(count(CustomerFilter.ALL)).isEqualTo(7);
    }

    @Test
    void pagesAreDisjointAndComplete() {
        CustomerOrder order = new CustomerOrder(CustomerSort.TOTAL_BOOKINGS, true);
        List<CustomerRow> all = list(CustomerFilter.ALL, order);
        List<CustomerRow> paged = data.as(fixture.provider(), () -> {
            List<CustomerRow> rows = new java.util.ArrayList<>();
            for (int offset = 0; offset < 7; offset += 3) {
                rows.addAll(customers.list(CustomerFilter.ALL, order, offset, 3));
            }
            return rows;
        });
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void tooLongSearchIsRefused() {
        assertThatThrownBy(() -> new CustomerFilter("x".repeat(101), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("search"));
    }

    @Test
    void statsFollowTheRulesOfTheSpec() {
        CustomerStats stats = data.as(fixture.provider(), () -> statistics.stats());

        assertThat(stats.totalCustomers()).as("blocked included").isEqualTo(7);
        assertThat(stats.regularCustomers()).isEqualTo(1);
        assertThat(stats.averageRating()).as("no reviews").isNull();
        // booked at least once: all 7; at least twice: Anna and Bob
        assertThat(stats.retentionRate()).isEqualByComparingTo(new BigDecimal("28.6"));
    }

    @Test
    void adminsCannotListCustomers() {
        assertThatThrownBy(() -> data.asAdmin(() -> customers.list(CustomerFilter.ALL, CustomerOrder.DEFAULT, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.asAdmin(() -> statistics.stats())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportHasTheFilteredRowsInOrderQuotedWithABomAndPhonesAsTheyAre() {
        var out = new ByteArrayOutputStream();
        data.as(fixture.provider(), () -> export.write(new CustomerFilter(null, CustomerStatus.REGULAR),
                CustomerOrder.DEFAULT, out));
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();

        assertThat(lines.getFirst()).isEqualTo("\"" + String.join("\",\"", CustomerExport.HEADER) + "\"");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"" + fixture.customer("Anna") + "\",\"Anna Regular\",\"anna.p")
                .contains(",\"+442079460001\",\"regular\",\"false\",\"false\",\"5\",\"5\",\"0\",\"0\",\"100.00\","
                        + "\"GBP\",\"\",\"2026-05-04T10:00:00+01:00\",");
        assertThat(text).contains("\r\n");
    }

    private List<CustomerRow> list(CustomerFilter filter, CustomerOrder order) {
        return data.as(fixture.provider(), () -> customers.list(filter, order, 0, 100));
    }

    private List<String> names(CustomerFilter filter, CustomerOrder order) {
        return list(filter, order).stream().map(CustomerRow::name).toList();
    }

    private int count(CustomerFilter filter) {
        return data.as(fixture.provider(), () -> customers.count(filter));
    }
}
