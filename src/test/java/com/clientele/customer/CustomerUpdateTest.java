package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.i18n.English;
import com.clientele.customer.Workspace.Fixture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API's service methods: the detailed list and several changes in one transaction. */
@IntegrationTest
class CustomerUpdateTest {

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
    void detailedListHasTheSameRowsAndOrderAsTheListWithEveryFigure() {
        for (CustomerSort sort : CustomerSort.values()) {
            for (boolean descending : List.of(false, true)) {
                CustomerOrder order = new CustomerOrder(sort, descending);
                List<Long> listed = as(() -> customers.list(CustomerFilter.ALL, order, 2, 4)).stream()
                        .map(CustomerRow::relationId).toList();
                List<Long> detailed = as(() -> customers.listDetails(CustomerFilter.ALL, order, 2, 4)).stream()
                        .map(CustomerDetails::relationId).toList();
                assertThat(detailed).as(order.code()).hasSize(4).containsExactlyElementsOf(listed);
            }
        }
        CustomerDetails anna = as(() -> customers.listDetails(new CustomerFilter("Anna", null), CustomerOrder.DEFAULT,
                0, 10)).getFirst();
        assertThat(anna.completedBookings()).isEqualTo(5);
        assertThat(anna.totalSpent()).isEqualByComparingTo(new BigDecimal("100.00"));
        assertThat(anna.firstBookingAt()).isEqualTo(Workspace.START);
    }

    @Test
    void favouriteAndNotesChangeTogether() {
        long cara = fixture.relation("Cara");

        CustomerDetails saved = as(() -> customers.update(cara,
                new CustomerUpdate(true, null, null, true, "Prefers mornings", null)));

        assertThat(saved.status()).isEqualTo(CustomerStatus.FAVORITE);
        assertThat(saved.notes()).isEqualTo("Prefers mornings");
        assertThat(saved.version()).isGreaterThan(0);
    }

    @Test
    void aRefusedPartWritesNothingAtAll() {
        long bob = fixture.relation("Bob");
        CustomerDetails before = as(() -> customers.details(bob));

        assertThatThrownBy(() -> as(() -> customers.update(bob,
                new CustomerUpdate(true, null, null, true, "n".repeat(10_001), null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsOnlyKeys("notes"));
        assertThatThrownBy(() -> as(() -> customers.update(bob,
                new CustomerUpdate(true, true, " ", false, null, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsOnlyKeys("blocked_reason"));

        CustomerDetails after = as(() -> customers.details(bob));
        assertThat(after.favorite()).isFalse();
        assertThat(after.blocked()).isFalse();
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void aStaleVersionIsAConflictAndTheCurrentOneApplies() {
        long anna = fixture.relation("Anna");
        long read = as(() -> customers.details(anna)).version();
        as(() -> customers.update(anna, new CustomerUpdate(null, null, null, true, "First", read)));

        assertThatThrownBy(() -> as(() -> customers.update(anna, new CustomerUpdate(null, null, null, true, "Second",
                read)))).isInstanceOf(ConflictException.class);
        assertThat(as(() -> customers.details(anna)).notes()).isEqualTo("First");

        long current = as(() -> customers.details(anna)).version();
        assertThat(as(() -> customers.update(anna, new CustomerUpdate(null, null, null, true, "Second", current)))
                .notes()).isEqualTo("Second");
    }

    @Test
    void blockWithReasonUnblockAndAReasonOnlyWhenBlocking() {
        long dan = fixture.relation("Dan");

        assertThat(as(() -> customers.update(dan, new CustomerUpdate(null, true, "Rude", false, null, null))).status())
                .isEqualTo(CustomerStatus.BLOCKED);
        assertThat(as(() -> customers.update(dan, new CustomerUpdate(null, false, null, false, null, null))).status())
                .as("back to favourite").isEqualTo(CustomerStatus.FAVORITE);
        assertThatThrownBy(() -> as(() -> customers.update(dan, new CustomerUpdate(null, null, "Why", false, null,
                null)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("blocked_reason"));
    }

    @Test
    void anotherProvidersCustomerIsNotFound() {
        var other = data.newProvider();
        long anna = fixture.relation("Anna");

        assertThatThrownBy(() -> data.as(other, () -> customers.update(anna,
                new CustomerUpdate(true, null, null, false, null, null)))).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> customers.details(anna)).favorite()).isFalse();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return data.as(fixture.provider(), work);
    }
}
