package com.clientele.workspace.api;

import static com.clientele.workspace.api.CustomerListApiTest.assertBadParameter;
import static com.clientele.workspace.api.CustomerListApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.base.Language;
import com.clientele.customer.CustomerService;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import com.clientele.provider.AccountPreferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** One customer over the API: read it, change it (PATCH, toggles), its history and messages. */
@IntegrationTest
class CustomerChangeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    AccountPreferences preferences;

    Fixture fixture;
    ApiClient api;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
        api = ApiClient.at(port, data.apiToken(fixture.provider()));
    }

    @Test
    void readingACustomerGivesItsVersionAsETagWithMessagesAndTimeline() {
        Response response = api.get(customer("Eve"));

        JsonNode eve = ok(response);
        assertThat(response.header("ETag")).isEqualTo("\"" + eve.get("version").asLong() + "\"");
        assertThat(eve.get("id").asLong()).isEqualTo(fixture.relation("Eve"));
        assertThat(eve.get("customer_status").asString()).isEqualTo("blocked");
        assertThat(eve.get("blocked_at").isNull()).isFalse();
        assertThat(eve.get("currency").asString()).isEqualTo("GBP");
        assertThat(eve.get("messages").isArray()).isTrue();
        assertThat(eve.get("activity").get(0).get("activity_type").asString()).as("newest first").isEqualTo("blocked");
    }

    @Test
    void patchChangesSeveralFieldsAtOnceAndReturnsTheNewETag() {
        String etag = api.get(customer("Cara")).header("ETag");

        Response response = api.patch(customer("Cara"), """
                {"is_favorite_customer": true, "notes": "Prefers mornings"}""", "If-Match", etag);

        JsonNode cara = ok(response);
        assertThat(cara.get("customer_status").asString()).isEqualTo("favorite");
        assertThat(cara.get("is_favorite_customer").asBoolean()).isTrue();
        assertThat(cara.get("notes").asString()).isEqualTo("Prefers mornings");
        assertThat(cara.has("version")).as("the list shape").isFalse();
        assertThat(response.header("ETag")).isNotEqualTo(etag).isEqualTo(api.get(customer("Cara")).header("ETag"));
    }

    @Test
    void aChangeBasedOnAnOldReadIsA409AndOverwritesNothing() {
        String read = api.get(customer("Anna")).header("ETag");
        ok(api.patch(customer("Anna"), "{\"notes\": \"Written in another tab\"}", "If-Match", read));

        Response stale = api.patch(customer("Anna"), "{\"notes\": \"Written from an old copy\"}", "If-Match", read);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("detail").asString()).contains("changed elsewhere");
        assertThat(ok(api.get(customer("Anna"))).get("notes").asString()).isEqualTo("Written in another tab");
        assertThat(ok(api.patch(customer("Anna"), "{\"notes\": \"Without If-Match\"}")).get("notes").asString())
                .as("without If-Match the change applies to the current version").isEqualTo("Without If-Match");
        assertThat(ok(api.patch(customer("Anna"), "{\"notes\": null}", "If-Match", "*")).get("notes").isNull())
                .isTrue();
    }

    @Test
    void blockNeedsAReasonAndUnblockTakesNone() {
        assertBadParameter(api.patch(customer("Bob"), "{\"is_blocked\": true}"), "blocked_reason");
        assertBadParameter(api.patch(customer("Bob"), "{\"blocked_reason\": \"Rude\"}"), "blocked_reason");

        JsonNode blocked = ok(api.patch(customer("Bob"), "{\"is_blocked\": true, \"blocked_reason\": \"Rude\"}"));
        assertThat(blocked.get("customer_status").asString()).isEqualTo("blocked");
        assertThat(blocked.get("blocked_reason").asString()).isEqualTo("Rude");

        JsonNode unblocked = ok(api.patch(customer("Bob"), "{\"is_blocked\": false}"));
        assertThat(unblocked.get("customer_status").asString()).isEqualTo("returning");
        assertThat(unblocked.get("blocked_reason").isNull()).isTrue();
    }

    @Test
    void badPatchBodiesAre400sNamingTheFieldAndChangeNothing() {
        String before = api.get(customer("Dan")).header("ETag");

        assertBadParameter(api.patch(customer("Dan"), "{\"is_favourite\": false}"), "is_favourite");
        assertBadParameter(api.patch(customer("Dan"), "{\"notes\": \"x\", \"status\": \"regular\"}"), "status");
        Response types = api.patch(customer("Dan"), "{\"is_favorite_customer\": \"false\", \"notes\": 42}");
        assertBadParameter(types, "is_favorite_customer");
        assertThat(types.json().get("errors").has("notes")).isTrue();
        assertBadParameter(api.patch(customer("Dan"), "{\"is_blocked\": null}"), "is_blocked");
        assertBadParameter(api.patch(customer("Dan"), "{\"notes\": \"" + "n".repeat(10_001) + "\"}"), "notes");
        assertBadParameter(api.patch(customer("Dan"), "{}"), "body");
        assertBadParameter(api.patch(customer("Dan"), "[true]"), "body");
        assertBadParameter(api.patch(customer("Dan"), "{\"notes\": \"unclosed"), "body");
        assertBadParameter(api.patch(customer("Dan"), "is_favorite_customer=false"), "body");
        assertBadParameter(api.patch(customer("Dan"), "{\"notes\": \"x\"}", "If-Match", "version 3"), "If-Match");
        assertBadParameter(api.patch(ApiClient.DASHBOARD + "/customers/dan/", "{\"notes\": \"x\"}"), "relation_id");

        Response form = api.send("PATCH", customer("Dan"), "application/x-www-form-urlencoded", "notes=x");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(customer("Dan")).header("ETag")).as("nothing was written").isEqualTo(before);
        assertThat(ok(api.patch(customer("Dan"), "{\"notes\": \"" + "n".repeat(10_000) + "\"}")).get("notes")
                .asString()).as("exactly 10,000 characters fit").hasSize(10_000);
    }

    @Test
    void togglesFlipFavouriteAndBlock() {
        assertThat(ok(api.post(customer("Cara") + "toggle_favorite/", null)).get("is_favorite_customer").asBoolean())
                .isTrue();
        assertThat(ok(api.post(customer("Cara") + "toggle_favorite/", null)).get("is_favorite_customer").asBoolean())
                .isFalse();

        assertBadParameter(api.post(customer("Cara") + "toggle_block/", null), "blocked_reason");
        assertBadParameter(api.post(customer("Cara") + "toggle_block/", "{\"reason\": \"x\"}"), "reason");
        JsonNode blocked = ok(api.post(customer("Cara") + "toggle_block/", "{\"blocked_reason\": \"No-shows\"}"));
        assertThat(blocked.get("customer_status").asString()).isEqualTo("blocked");
        assertBadParameter(api.post(customer("Cara") + "toggle_block/", "{\"blocked_reason\": \"Again\"}"),
                "blocked_reason");
        assertThat(ok(api.post(customer("Cara") + "toggle_block/", null)).get("customer_status").asString())
                .isEqualTo("new");

        String stale = "\"0\"";
        Response conflict = api.post(customer("Cara") + "toggle_favorite/", null, "If-Match", stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(ok(api.get(customer("Cara"))).get("is_favorite_customer").asBoolean()).isFalse();
    }

    @Test
    void bookingHistoryIsPagedNewestFirst() {
        JsonNode first = ok(api.get(customer("Anna") + "booking_history/?page_size=2"));

        assertThat(first.get("count").asInt()).isEqualTo(5);
        assertThat(first.get("next").asString()).isEqualTo(api.base() + customer("Anna")
                + "booking_history/?page=2&page_size=2");
        JsonNode newest = first.get("results").get(0);
        assertThat(newest.propertyNames()).containsExactly("id", "service_name", "start_time", "duration_minutes",
                "price", "status", "rating", "review_comment", "reviewed_at", "staff_member");
        assertThat(newest.get("start_time").asString()).isEqualTo("2026-05-08T09:00:00Z");
        assertThat(newest.get("price").asString()).isEqualTo("20.00");
        assertThat(newest.get("status").asString()).isEqualTo("completed");
        assertThat(first.get("results").get(1).get("start_time").asString()).isEqualTo("2026-05-07T09:00:00Z");
        JsonNode last = ok(api.get(customer("Anna") + "booking_history/?page=3&page_size=2"));
        assertThat(last.get("results").size()).isEqualTo(1);
        assertThat(last.get("next").isNull()).isTrue();

        assertBadParameter(api.get(customer("Anna") + "booking_history/?page=4&page_size=2"), "page");
        assertBadParameter(api.get(customer("Anna") + "booking_history/?page_size=101"), "page_size");
    }

    @Test
    void sendingAMessageStoresItForTheCustomer() {
        Response sent = api.post(customer("Bob") + "send_message/", """
                {"subject": "See you soon", "body": "Thanks for visiting!"}""");

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().get("status").asString()).isEqualTo("queued");
        assertThat(sent.json().get("subject").asString()).isEqualTo("See you soon");
        JsonNode bob = ok(api.get(customer("Bob")));
        assertThat(bob.get("messages").get(0).get("subject").asString()).isEqualTo("See you soon");
        assertThat(bob.get("activity").get(0).get("activity_type").asString()).isEqualTo("message_sent");

        Response invalid = api.post(customer("Bob") + "send_message/", """
                {"subject": "Hi\\r\\nBcc: victim@example.com"}""");
        assertBadParameter(invalid, "subject");
        assertThat(invalid.json().get("errors").has("body")).isTrue();
        assertBadParameter(api.post(customer("Bob") + "send_message/", "{\"subject\": \"Hi\", \"body\": \"x\","
                + " \"to\": \"someone@example.com\"}"), "to");
        assertThat(ok(api.get(customer("Bob"))).get("messages").size()).isEqualTo(1);
    }

    @Test
    void statsFollowTheSpec() {
        JsonNode stats = ok(api.get(ApiClient.DASHBOARD + "/customer_stats/"));

        assertThat(stats.propertyNames()).containsExactly("total_customers", "regular_customers",
                "new_customers_this_month", "average_rating", "retention_rate");
        assertThat(stats.get("total_customers").asInt()).isEqualTo(7);
        assertThat(stats.get("regular_customers").asInt()).isEqualTo(1);
        assertThat(stats.get("new_customers_this_month").asInt()).isZero();
        assertThat(stats.get("average_rating").isNull()).isTrue();
        assertThat(stats.get("retention_rate").decimalValue()).isEqualByComparingTo("28.6");
    }

    @Test
    void recentActivityIsNewestFirstAndLimited() {
        ok(api.post(customer("Cara") + "toggle_favorite/", null));

        JsonNode all = ok(api.get(ApiClient.DASHBOARD + "/recent_customer_activity/"));
        JsonNode two = ok(api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=2"));

        assertThat(all.size()).isBetween(2, 20);
        assertThat(two.size()).isEqualTo(2);
        JsonNode newest = two.get(0);
        assertThat(newest.propertyNames()).containsExactly("id", "activity_type", "title", "description",
                "customer_id", "relation_id", "customer_name", "actor", "timestamp");
        assertThat(newest.get("activity_type").asString()).isEqualTo("favorited");
        assertThat(newest.get("relation_id").asLong()).isEqualTo(fixture.relation("Cara"));
        assertThat(newest.get("actor").asString()).as("the acting member, by name")
                .isEqualTo(data.memberName(fixture.provider().email()));
        assertThat(newest.get("timestamp").asString()).isGreaterThanOrEqualTo(two.get(1).get("timestamp").asString());
        assertBadParameter(api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=0"), "limit");
        assertBadParameter(api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=101"), "limit");
        assertBadParameter(api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=ten"), "limit");
    }

    @Test
    void recentActivityStaysEnglishForAMemberReadingGerman() {
        data.as(fixture.provider(), () -> preferences.changeOwnLanguage(Language.GERMAN));

        JsonNode newest = ok(api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=1", "Accept-Language",
                "de-DE")).get(0);

        assertThat(newest.get("title").asString()).isEqualTo("Booking created");
        assertThat(newest.get("description").asString()).isEqualTo("Cut on 7 May 2026, 10:00");
    }

    private String customer(String name) {
        return ApiClient.DASHBOARD + "/customers/" + fixture.relation(name) + "/";
    }
}
