package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.SearchKey;
import com.clientele.booking.BookingStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searches read the search key the database derives from the search text: lower case, Latin
 * accents removed, so they ignore case and accents as before, and the key matches the form the
 * search term gets in Java ({@link SearchKey}).
 */
@IntegrationTest
class CustomerSearchKeyTest {

    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerSuggestions suggestions;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;

    @BeforeEach
    void setUp() {
        provider = data.newProvider();
    }

    @Test
    void theDatabaseFoldsEveryLetterAsJavaDoes() {
        String letters = SearchKey.FOLDS.keySet().stream().collect(Collectors.joining());
        String name = "Ä " + letters + " " + letters.toUpperCase(Locale.ROOT) + " Ирина";
        long relation = data.book(provider, name, null, BookingStatus.CONFIRMED, "10.00", 1).relationId();

        var stored = jdbc.sql("SELECT search_text, search_key FROM provider_customer WHERE id = :id")
                .param("id", relation)
                .query((rs, row) -> new String[] {rs.getString(1), new String(rs.getBytes(2), StandardCharsets.UTF_8)})
                .single();

        assertThat(stored[1]).isEqualTo(SearchKey.of(stored[0]));
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        data.book(provider, "Jürgen Müller", "jm@example.com", BookingStatus.CONFIRMED, "10.00", 1);
        data.book(provider, "José Núñez", null, BookingStatus.CONFIRMED, "10.00", 2);
        data.book(provider, "Joseph Miller", null, BookingStatus.CONFIRMED, "10.00", 3);

        assertThat(names("muller")).containsExactly("Jürgen Müller");
        assertThat(names("MÜLLER")).containsExactly("Jürgen Müller");
        assertThat(names("jurgen m")).containsExactly("Jürgen Müller");
        assertThat(names("jose")).containsExactlyInAnyOrder("José Núñez", "Joseph Miller");
        assertThat(names("NUNEZ")).containsExactly("José Núñez");
        assertThat(names("Núñez")).containsExactly("José Núñez");
        assertThat(data.as(provider, () -> customers.count(new CustomerFilter("muller", null)))).isEqualTo(1);
        assertThat(data.as(provider, () -> suggestions.search("nunez", 0, 10)))
                .extracting(CustomerSuggestion::name).containsExactly("José Núñez");
    }

    private List<String> names(String search) {
        return data.as(provider, () -> customers.list(new CustomerFilter(search, null), CustomerOrder.DEFAULT, 0, 50))
                .stream().map(CustomerRow::name).toList();
    }
}
