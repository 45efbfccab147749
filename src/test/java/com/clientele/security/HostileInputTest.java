package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.audit.AuditFilter;
import com.clientele.audit.AuditTrail;
import com.clientele.base.InvalidInputException;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingFilter;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerSuggestions;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.NewMessage;
import com.clientele.provider.NewProvider;
import com.clientele.provider.ProviderAccountFilter;
import com.clientele.provider.ProviderAccountService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an attacker or a careless user types: SQL and LIKE metacharacters in every search and
 * filter, and over-long text in every input. Searches treat them as plain text; long text is
 * refused by name and nothing is written.
 */
@IntegrationTest
class HostileInputTest {

    static final List<String> SQL_PAYLOADS = List.of("' OR '1'='1", "\"; DROP TABLE booking; --", "%", "_", "\\",
            "') UNION SELECT password_hash FROM account --", "%' AND SLEEP(5) --", "\u0000");

    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerSuggestions suggestions;
    @Autowired
    BookingQueries bookingQueries;
    @Autowired
    BookingService bookings;
    @Autowired
    MessageService messages;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;

    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
    }

    @Test
    void sqlAndLikeMetacharactersAreSearchedAsPlainTextEverywhere() {
        long tables = tableCount();
        for (String payload : SQL_PAYLOADS) {
            List<String> expected = payload.equals("%") || payload.equals("_")
                    ? List.of(Workspace.WILDCARD_NAME) : List.of();
            assertThat(as(() -> customers.list(new CustomerFilter(payload, null), CustomerOrder.DEFAULT, 0, 50)))
                    .as("customer list: " + payload).extracting("name").containsExactlyElementsOf(expected);
            assertThat(as(() -> suggestions.search(payload, 0, 50))).as("customer picker: " + payload)
                    .extracting("name").containsExactlyElementsOf(expected);
            assertThat(as(() -> bookingQueries.list(BookingFilter.ALL.withCustomer(payload), PageRequest.of(0, 50))))
                    .as("bookings filter: " + payload).hasSize(expected.size());
            assertThat(data.asAdmin(() -> providerAccounts.list(new ProviderAccountFilter(payload, null),
                    PageRequest.of(0, 50)))).as("provider search: " + payload).isEmpty();
            assertThat(data.asAdmin(() -> auditTrail.list(new AuditFilter(null, payload, payload, null, null),
                    PageRequest.of(0, 50)))).as("audit filters: " + payload).isEmpty();
        }
        assertThat(tableCount()).as("no table dropped").isEqualTo(tables);
        assertThat(as(() -> customers.count(CustomerFilter.ALL))).isEqualTo(7);
    }

    @Test
    void overLongTextIsRefusedByNameInEveryInputAndNothingIsWritten() {
        long bookingRows = count("booking");
        long relationRows = count("provider_customer");
        long messageRows = count("customer_message");
        String long201 = "x".repeat(201);
        Instant start = Instant.parse("2026-06-01T10:00:00Z");

        assertRefused("name", () -> bookings.create(NewBooking.forNewCustomer(new CustomerContact(long201, null, null),
                "Cut", start, 30, BigDecimal.ONE, BookingStatus.CONFIRMED)));
        assertRefused("email", () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Ok", "a".repeat(250) + "@example.com", null), "Cut", start, 30, BigDecimal.ONE,
                BookingStatus.CONFIRMED)));
        assertRefused("phone", () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Ok", null, "1".repeat(40)), "Cut", start, 30, BigDecimal.ONE,
                BookingStatus.CONFIRMED)));
        assertRefused("serviceName", () -> bookings.create(NewBooking.forCustomer(fixture.customer("Anna"), long201,
                start, 30, BigDecimal.ONE, BookingStatus.CONFIRMED)));
        assertRefused("price", () -> bookings.create(NewBooking.forCustomer(fixture.customer("Anna"), "Cut",
                start, 30, new BigDecimal("12345678901.00"), BookingStatus.CONFIRMED)));
        assertRefused("notes", () -> customers.updateNotes(fixture.relation("Anna"), "n".repeat(10_001),
                customers.details(fixture.relation("Anna")).version()));
        assertRefused("blocked_reason", () -> customers.block(fixture.relation("Anna"), "r".repeat(501)));
        assertRefused("subject", () -> messages.send(fixture.customer("Anna"), new NewMessage(long201, "body")));
        assertRefused("body", () -> messages.send(fixture.customer("Anna"), new NewMessage("Hi", "b".repeat(10_001))));
        long completed = anyCompletedBooking();
        assertRefused("comment", () -> {
            bookings.recordReview(completed, 5, "c".repeat(2_001));
            return null;
        });
        assertThatThrownBy(() -> new CustomerFilter("s".repeat(101), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> data.asAdmin(() -> providerAccounts.createProvider(new NewProvider(long201,
                "new-" + fixture.provider().id() + "@test.example", "Europe/London", "GBP", "GB", "password-123456"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("businessName"));
        assertThatThrownBy(() -> data.asAdmin(() -> providerAccounts.createProvider(new NewProvider("Fine",
                "new-" + fixture.provider().id() + "@test.example", "Europe/London", "GBP", "GB", "p1".repeat(65)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e)).containsKey("password"));

        assertThat(count("booking")).isEqualTo(bookingRows);
        assertThat(count("provider_customer")).isEqualTo(relationRows);
        assertThat(count("customer_message")).isEqualTo(messageRows);
        assertThat(as(() -> customers.details(fixture.relation("Anna"))).notes()).isNull();
        assertThat(as(() -> customers.details(fixture.relation("Anna"))).blocked()).isFalse();
    }

    private long anyCompletedBooking() {
        return jdbc.sql("SELECT MIN(id) FROM booking WHERE provider_id = ? AND status = 'COMPLETED'")
                .param(fixture.provider().id()).query(Long.class).single();
    }

    private void assertRefused(String field, Supplier<?> action) {
        assertThatThrownBy(() -> as(action)).as(field)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(English.fields((InvalidInputException) e).keySet()).as(field)
                        .anyMatch(key -> key.equals(field) || key.endsWith("." + field)));
    }

    private <T> T as(Supplier<T> work) {
        return data.as(fixture.provider(), work);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long tableCount() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(Long.class).single();
    }

}
