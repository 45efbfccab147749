package com.clientele.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerSort;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The grid's pages: continuing from a remembered row gives exactly what offsets give. */
@IntegrationTest
class CustomerPagesTest {

    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    BookingService bookings;

    Fixture fixture;
    CustomerPages pages;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
        pages = new CustomerPages(customers);
    }

    @Test
    void scrollingPageByPageGivesTheWholeListOnce() {
        for (CustomerOrder order : List.of(CustomerOrder.DEFAULT, new CustomerOrder(CustomerSort.AVERAGE_RATING, false),
                new CustomerOrder(CustomerSort.NAME, true))) {
            List<CustomerRow> scrolled = new ArrayList<>();
            for (int offset = 0; offset < 9; offset += 2) {
                scrolled.addAll(fetch(CustomerFilter.ALL, order, offset, 2));
            }
            assertThat(scrolled).as(order.code()).containsExactlyElementsOf(all(order));
        }
    }

    @Test
    void jumpsAndStepsBackAreServedToo() {
        List<CustomerRow> all = all(CustomerOrder.DEFAULT);

        assertThat(fetch(CustomerFilter.ALL, CustomerOrder.DEFAULT, 4, 2)).containsExactlyElementsOf(all.subList(4, 6));
        assertThat(fetch(CustomerFilter.ALL, CustomerOrder.DEFAULT, 6, 2)).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(fetch(CustomerFilter.ALL, CustomerOrder.DEFAULT, 1, 3)).containsExactlyElementsOf(all.subList(1, 4));
        assertThat(fetch(CustomerFilter.ALL, CustomerOrder.DEFAULT, 5, 1)).containsExactlyElementsOf(all.subList(5, 6));
    }

    @Test
    void anotherFilterStartsAfresh() {
        fetch(CustomerFilter.ALL, CustomerOrder.DEFAULT, 0, 3);
        CustomerFilter withEmail = new CustomerFilter("example.com", null);

        assertThat(fetch(withEmail, CustomerOrder.DEFAULT, 3, 3)).containsExactlyElementsOf(
                data.as(fixture.provider(), () -> customers.list(withEmail, CustomerOrder.DEFAULT, 3, 3)));
    }

    @Test
    void afterAChangeTheRowsAreForgottenAndOffsetsCountAgain() {
        List<CustomerRow> before = all(CustomerOrder.DEFAULT);
        fetch(CustomerFilter.ALL, CustomerOrder.DEFAULT, 0, 2);
        // the customer at the bottom books again and moves to the top
        data.as(fixture.provider(), () -> bookings.create(NewBooking.forCustomer(fixture.customer("Mallory"), "Cut",
                Workspace.START.plus(100, ChronoUnit.DAYS), 30, new BigDecimal("10.00"), BookingStatus.CONFIRMED)));
        List<CustomerRow> after = all(CustomerOrder.DEFAULT);
        assertThat(after.getFirst().name()).isEqualTo(before.getLast().name());

        pages.forget();

        assertThat(fetch(CustomerFilter.ALL, CustomerOrder.DEFAULT, 2, 2)).containsExactlyElementsOf(after.subList(2, 4));
    }

    private List<CustomerRow> fetch(CustomerFilter filter, CustomerOrder order, int offset, int limit) {
        return data.as(fixture.provider(), () -> pages.fetch(filter, order, offset, limit));
    }

    private List<CustomerRow> all(CustomerOrder order) {
        return data.as(fixture.provider(), () -> customers.list(CustomerFilter.ALL, order, 0, 100));
    }
}
