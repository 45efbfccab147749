package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Picking a customer by typing part of a name, e-mail or phone number. */
@IntegrationTest
class CustomerSuggestionsTest {

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerSuggestions suggestions;

    TestProvider provider;
    BookingRef walter;

    @BeforeEach
    void customers() {
        provider = data.newProvider();
        walter = book("Walter White", "heisenberg-" + provider.id() + "@example.com", "020 7946 0123");
        book("Jesse Pinkman", "jesse-" + provider.id() + "@example.com", null);
        book("Wanda 50% Off", null, "07700 900456");
        data.as(provider, () -> customers.block(walter.relationId(), "Threatened staff"));
    }

    @Test
    void findsCustomersByNameEmailOrPhoneAndSaysWhoIsBlocked() {
        assertThat(search("walt")).singleElement().satisfies(found -> {
            assertThat(found.customerId()).isEqualTo(walter.customerId());
            assertThat(found.relationId()).isEqualTo(walter.relationId());
            assertThat(found.email()).startsWith("heisenberg-");
            assertThat(found.phone()).isEqualTo("+442079460123");
            assertThat(found.blocked()).isTrue();
            assertThat(found.blockedReason()).isEqualTo("Threatened staff");
        });
        assertThat(search("HEISENBERG")).extracting(CustomerSuggestion::name).containsExactly("Walter White");
        assertThat(search("7946 0123")).extracting(CustomerSuggestion::name).containsExactly("Walter White");
        assertThat(search("07700 900456")).extracting(CustomerSuggestion::name).containsExactly("Wanda 50% Off");
        assertThat(search("50%")).extracting(CustomerSuggestion::name).containsExactly("Wanda 50% Off");
        assertThat(search("jesse")).singleElement().extracting(CustomerSuggestion::blocked).isEqualTo(false);
    }

    @Test
    void blankSearchListsEveryoneByNameAndPages() {
        assertThat(search("")).extracting(CustomerSuggestion::name)
                .containsExactly("Jesse Pinkman", "Walter White", "Wanda 50% Off");
        assertThat(data.as(provider, () -> suggestions.search(null, 1, 1))).extracting(CustomerSuggestion::name)
                .containsExactly("Walter White");
    }

    @Test
    void otherProvidersCustomersAreNeverSuggested() {
        TestProvider other = data.newProvider();

        assertThat(data.as(other, () -> suggestions.search("walter", 0, 10))).isEmpty();
    }

    private List<CustomerSuggestion> search(String text) {
        return data.as(provider, () -> suggestions.search(text, 0, 20));
    }

    private BookingRef book(String name, String email, String phone) {
        return data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(new CustomerContact(name, email, phone),
                "Cut", Instant.parse("2026-02-02T10:00:00Z"), 30, BigDecimal.TEN, BookingStatus.COMPLETED)));
    }
}
