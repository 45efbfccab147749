package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Many customers found or created at once match exactly as they would one by one. */
@IntegrationTest
class CustomerDirectoryTest {

    @Autowired
    TestData data;
    @Autowired
    CustomerDirectory directory;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void manyContactsAreMatchedOnEmailElsePhoneIncludingEarlierOnesOfTheList() {
        TestProvider provider = data.newProvider();
        String tag = String.valueOf(provider.id());
        BookingRef known = data.book(provider, "Known Kim", "kim-" + tag + "@example.com", BookingStatus.COMPLETED,
                "10.00", 5);
        TestProvider other = data.newProvider();
        BookingRef elsewhere = data.book(other, "Shared Sam", "sam-" + tag + "@example.com", BookingStatus.COMPLETED,
                "10.00", 5);

        List<LockedRelation> relations = data.as(provider, () -> transaction.execute(tx -> directory.lockOrCreateAll(
                List.of(new CustomerContact("Ada", "ada-" + tag + "@example.com", "020 7946 0777"),
                        new CustomerContact("Ada by phone", null, "+44 20 7946 0777"),
                        new CustomerContact("ADA", "ADA-" + tag + "@Example.com", null),
                        new CustomerContact("Kim again", "kim-" + tag + "@example.com", null),
                        new CustomerContact("Sam here", "sam-" + tag + "@example.com", null),
                        new CustomerContact("Walk-in", null, "020 7946 0888"),
                        new CustomerContact("Walk-in again", null, "02079460888")))));

        LockedRelation ada = relations.getFirst();
        assertThat(ada.created()).isTrue();
        assertThat(ada.name()).isEqualTo("Ada");
        assertThat(relations.get(1).customerId()).as("phone of a relation created earlier in the list")
                .isEqualTo(ada.customerId());
        assertThat(relations.get(2).customerId()).as("same e-mail, other case").isEqualTo(ada.customerId());
        assertThat(relations.get(3).customerId()).isEqualTo(known.customerId());
        assertThat(relations.get(3).created()).isFalse();
        assertThat(relations.get(3).name()).as("the provider's name for a known customer stays").isEqualTo("Known Kim");
        assertThat(relations.get(4).customerId()).as("another provider's customer, new to this one")
                .isEqualTo(elsewhere.customerId());
        assertThat(relations.get(4).created()).isTrue();
        assertThat(relations.get(5).customerId()).isEqualTo(relations.get(6).customerId());
        assertThat(relations.get(5).customerId()).isNotEqualTo(ada.customerId());

        List<LockedRelation> again = data.as(provider, () -> transaction.execute(tx -> directory.lockOrCreateAll(
                List.of(new CustomerContact("Ada", "ada-" + tag + "@example.com", null),
                        new CustomerContact("Walk-in", null, "020 7946 0888")))));
        assertThat(again).extracting(LockedRelation::customerId)
                .containsExactly(ada.customerId(), relations.get(5).customerId());
        assertThat(again).noneMatch(LockedRelation::created);
    }
}
