package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingHistory;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerService;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.NewMessage;
import com.opencsv.CSVReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Emoji, right-to-left text and combining marks come back exactly as they went in, everywhere. */
@IntegrationTest
class UnicodeRoundTripTest {

    // emoji outside the BMP, Hebrew with vowel points (RTL), a combining acute accent, a ZWJ sequence
    static final String NAME = "Zoë 🌸 יוֹסֵף Jose\u0301 👩‍🔬";
    static final String NOTES = "Préfère le matin ☀️\nمرحبا — שלום\n𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301";
    static final String SERVICE = "Coupe & brushing 💇‍♀️";
    static final String SUBJECT = "À bientôt 👋 נתראה";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingHistory history;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerExport export;
    @Autowired
    MessageService messages;

    @Test
    void unicodeSurvivesTheDatabaseTheCsvAndTheApi() throws Exception {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact(NAME, "zoe-" + provider.id() + "@example.com", null), SERVICE,
                Instant.parse("2026-04-01T09:00:00Z"), 60, new BigDecimal("42.00"), BookingStatus.COMPLETED)));
        data.as(provider, () -> customers.updateNotes(ref.relationId(), NOTES,
                customers.details(ref.relationId()).version()));
        data.as(provider, () -> messages.send(ref.customerId(), new NewMessage(SUBJECT, NOTES)));

        CustomerDetails details = data.as(provider, () -> customers.details(ref.relationId()));
        assertThat(details.name()).isEqualTo(NAME);
        assertThat(details.notes()).isEqualTo(NOTES);
        assertThat(data.as(provider, () -> history.bookings(ref.customerId(), 0, 10)).getFirst().serviceName())
                .isEqualTo(SERVICE);
        assertThat(data.as(provider, () -> messages.forCustomer(ref.customerId())).getFirst().subject())
                .isEqualTo(SUBJECT);
        assertThat(data.as(provider, () -> customers.list(new CustomerFilter("יוֹסֵף", null), CustomerOrder.DEFAULT,
                0, 10))).as("searchable").hasSize(1);

        var out = new ByteArrayOutputStream();
        data.as(provider, () -> export.write(CustomerFilter.ALL, CustomerOrder.DEFAULT, out));
        try (CSVReader csv = new CSVReader(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            List<String[]> rows = csv.readAll();
            assertThat(rows.get(1)[1]).isEqualTo(NAME);
            assertThat(rows.get(1)[17]).isEqualTo(NOTES);
        }

        ApiClient api = ApiClient.at(port, data.apiToken(provider));
        JsonNode json = api.get(ApiClient.DASHBOARD + "/customers/" + ref.relationId() + "/").json();
        assertThat(json.get("customer").get("name").asString()).isEqualTo(NAME);
        assertThat(json.get("notes").asString()).isEqualTo(NOTES);
        String patched = NOTES + " ✓";
        api.patch(ApiClient.DASHBOARD + "/customers/" + ref.relationId() + "/",
                "{\"notes\": \"" + patched.replace("\n", "\\n") + "\"}");
        assertThat(data.as(provider, () -> customers.details(ref.relationId())).notes()).isEqualTo(patched);
    }
}
