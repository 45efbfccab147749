package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.base.InvalidInputException;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerService;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.NewMessage;
import com.clientele.provider.NewProvider;
import com.clientele.provider.ProviderAccountService;
import com.clientele.provider.ProviderChanges;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Input the database or the parser would silently change (issue 14, item 11) is refused with the
 * field's name, in the services every adapter calls, and over the API; nothing is written.
 */
@IntegrationTest
class StoredInputTest {

    private static final String LONE_HIGH = "Ann \uD83D";
    private static final String LONE_LOW = "\uDE00 Ann";

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    BookingService bookings;
    @Autowired
    MessageService messages;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    JdbcClient jdbc;

    Fixture fixture;
    ApiClient api;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
        api = ApiClient.at(port, data.apiToken(fixture.provider()));
    }

    @Test
    void loneSurrogatesAndNulAreRefusedInEveryStoredText() {
        long anna = fixture.relation("Anna");
        long version = data.as(fixture.provider(), () -> customers.details(anna)).version();
        for (String bad : new String[] {LONE_HIGH, LONE_LOW, "before\u0000after"}) {
            assertRefused(() -> data.as(fixture.provider(), () -> customers.updateNotes(anna, bad, version)), "notes");
            assertRefused(() -> data.as(fixture.provider(), () -> customers.block(anna, bad)), "blocked_reason");
            assertRefused(() -> data.as(fixture.provider(), () -> messages.send(fixture.customer("Anna"),
                    new NewMessage(bad, "Body"))), "subject");
            assertRefused(() -> data.as(fixture.provider(), () -> messages.send(fixture.customer("Anna"),
                    new NewMessage("Subject", bad))), "body");
            assertRefused(() -> data.as(fixture.provider(), () -> bookings.create(NewBooking.forNewCustomer(
                    new CustomerContact(bad, "x" + System.nanoTime() + "@example.com", null), "Cut",
                    Instant.now().truncatedTo(ChronoUnit.MINUTES), 30, new BigDecimal("10.00"),
                    BookingStatus.CONFIRMED))), "name");
            assertRefused(() -> data.asAdmin(() -> providerAccounts.createProvider(new NewProvider(bad,
                    "p" + System.nanoTime() + "@test.example", "Europe/London", "GBP", "GB", TestData.PASSWORD))),
                    "businessName");
        }
        var after = data.as(fixture.provider(), () -> customers.details(anna));
        assertThat(after.version()).as("nothing written").isEqualTo(version);
        assertThat(after.notes()).isNull();
        assertThat(data.as(fixture.provider(), () -> messages.forCustomer(fixture.customer("Anna")))).isEmpty();
    }

    @Test
    void aBusinessNameIsOneLine() {
        for (String name : new String[] {"Line one\nLine two", "Line one\r\nLine two", "Carriage\rreturn"}) {
            assertRefused(() -> data.asAdmin(() -> providerAccounts.createProvider(new NewProvider(name,
                    "p" + System.nanoTime() + "@test.example", "Europe/London", "GBP", "GB", TestData.PASSWORD))),
                    "businessName");
            assertRefused(() -> data.asAdmin(() -> providerAccounts.updateProvider(fixture.provider().id(),
                    new ProviderChanges(name, fixture.provider().email(), "Europe/London", "GBP", "GB"))),
                    "businessName");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider WHERE business_name LIKE 'Line one%'"
                + " OR business_name LIKE 'Carriage%'").query(Long.class).single()).isZero();
    }

    @Test
    void emojiAndOtherCompleteCharactersStayAccepted() {
        long anna = fixture.relation("Anna");
        long version = data.as(fixture.provider(), () -> customers.details(anna)).version();
        String text = "Smile \uD83D\uDE00, tab\tand\nnew line";
        assertThat(data.as(fixture.provider(), () -> customers.updateNotes(anna, text, version)).notes()).isEqualTo(text);
    }

    @Test
    void theApiRefusesWhatTheStoreWouldChange() {
        String path = ApiClient.DASHBOARD + "/customers/" + fixture.relation("Cara") + "/";
        String etag = api.get(path).header("ETag");

        // the current version, weak or unquoted: first, while it is current, so only the form is wrong
        assertBadField(api.patch(path, "{\"notes\": \"weak\"}", "If-Match", "W/" + etag), "If-Match");
        assertBadField(api.patch(path, "{\"notes\": \"unquoted\"}", "If-Match", etag.replace("\"", "")), "If-Match");
        assertBadField(api.patch(path, "{\"notes\": \"\\ud83d alone\"}"), "notes");
        assertBadField(api.patch(path, "{\"notes\": \"nul \\u0000 inside\"}"), "notes");
        assertBadField(api.patch(path, "{\"notes\": \"first\", \"notes\": \"second\"}"), "notes");
        assertThat(api.get(path).header("ETag")).as("nothing written").isEqualTo(etag);

        String activity = ApiClient.DASHBOARD + "/recent_customer_activity/";
        assertBadField(api.get(activity + "?limit=0x10"), "limit");
        assertBadField(api.get(activity + "?limit=%2310"), "limit");
        assertBadField(api.get(activity + "?limit=1e1"), "limit");
        Response sixteen = api.get(activity + "?limit=16");
        assertThat(sixteen.status()).as(sixteen.body()).isEqualTo(200);

        Response strong = api.patch(path, "{\"notes\": \"strong\"}", "If-Match", etag);
        assertThat(strong.status()).as(strong.body()).isEqualTo(200);
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(English.fields(e)).containsKey(field));
    }

    private static void assertBadField(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        assertThat(errors.propertyNames()).as(response.toString()).contains(field);
    }
}
