package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.Workspace.Fixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Keyset paging: the page after a row is what offset paging gives, for every order, filter and null. */
@IntegrationTest
class CustomerKeysetTest {

    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;

    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
    }

    @Test
    void thePageAfterEachRowIsTheRestOfTheListInEveryOrder() {
        // ratings are all null in the fixture, bookings and spent have ties: nulls and ties on every side
        for (CustomerSort sort : CustomerSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                CustomerOrder order = new CustomerOrder(sort, descending);
                List<CustomerRow> all = list(CustomerFilter.ALL, order);
                assertThat(all).hasSize(7);
                for (int i = 0; i < all.size(); i++) {
                    CustomerRow after = all.get(i);
                    assertThat(after(CustomerFilter.ALL, order, after, 0, 50)).as(order.code() + " after row " + i)
                            .containsExactlyElementsOf(all.subList(i + 1, all.size()));
                }
            }
        }
    }

    @Test
    void skipsRowsAfterTheOneGivenAndKeepsTheFilter() {
        CustomerFilter filter = new CustomerFilter(null, CustomerStatus.NEW);
        List<CustomerRow> all = list(filter, CustomerOrder.DEFAULT);
        assertThat(all).hasSize(3);

        assertThat(after(filter, CustomerOrder.DEFAULT, all.getFirst(), 1, 50)).containsExactly(all.get(2));
        assertThat(after(CustomerFilter.ALL, CustomerOrder.DEFAULT, list(CustomerFilter.ALL, CustomerOrder.DEFAULT)
                .getFirst(), 2, 2)).containsExactlyElementsOf(list(CustomerFilter.ALL, CustomerOrder.DEFAULT).subList(3, 5));
    }

    @Test
    void searchesPageByKeyToo() {
        CustomerFilter filter = new CustomerFilter("example.com", null);
        List<CustomerRow> all = list(filter, new CustomerOrder(CustomerSort.NAME, true));
        assertThat(all).extracting(CustomerRow::name)
                .containsExactly("Eve Blocked", "Dan Favourite", "Cara New", "Bob Returning", "Anna Regular");

        assertThat(after(filter, new CustomerOrder(CustomerSort.NAME, true), all.get(1), 0, 2))
                .containsExactlyElementsOf(all.subList(2, 4));
    }

    private List<CustomerRow> list(CustomerFilter filter, CustomerOrder order) {
        return data.as(fixture.provider(), () -> customers.list(filter, order, 0, 100));
    }

    private List<CustomerRow> after(CustomerFilter filter, CustomerOrder order, CustomerRow row, int skip, int limit) {
        return data.as(fixture.provider(), () -> customers.listAfter(filter, order, row, skip, limit));
    }
}
