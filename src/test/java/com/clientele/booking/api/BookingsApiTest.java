package com.clientele.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.TeamMembers;
import com.clientele.booking.TeamMembers.TeamMate;
import com.clientele.provider.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bookings carry their staff member over the API, and take one when created or changed. */
@IntegrationTest
class BookingsApiTest {

    static final String BOOKINGS = ApiClient.DASHBOARD + "/bookings/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    TeamMembers team;
    @Autowired
    BookingService bookings;

    TestProvider provider;
    TeamMate sam;
    ApiClient api;

    @BeforeEach
    void setUp() {
        provider = data.newProvider();
        sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        api = ApiClient.at(port, data.apiToken(provider));
    }

    @Test
    void aBookingIsCreatedForANewCustomerWithItsStaffMember() {
        Response created = api.post(BOOKINGS, """
                {"customer": {"name": "Ada Lovelace", "email": "ada-api@example.com"}, "service_name": "Cut",
                 "start_time": "2026-03-10T14:30:00Z", "duration_minutes": 45, "price": "48.00",
                 "staff_member_id": %d}""".formatted(sam.memberId()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode booking = created.json();
        assertThat(booking.get("customer_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(booking.get("status").asString()).as("confirmed unless said").isEqualTo("confirmed");
        assertThat(booking.get("price").asString()).isEqualTo("48.00");
        assertThat(booking.get("staff_member").get("id").asLong()).isEqualTo(sam.memberId());
        assertThat(booking.get("staff_member").get("name").asString()).isEqualTo("Sam Stylist");

        JsonNode history = ok(api.get(ApiClient.DASHBOARD + "/customers/" + booking.get("relation_id").asLong()
                + "/booking_history/"));
        assertThat(history.get("results").get(0).get("staff_member").get("name").asString()).isEqualTo("Sam Stylist");
    }

    @Test
    void aBookingOfAKnownCustomerNamesNobodyUnlessAsked() {
        BookingRef known = data.book(provider, "Grace Hopper", "grace-api@example.com", BookingStatus.COMPLETED,
                "30.00", 3);
        Response created = api.post(BOOKINGS, """
                {"relation_id": %d, "service_name": "Colour", "start_time": "2026-03-10T15:30:00+01:00",
                 "duration_minutes": 60, "price": 85.5, "status": "pending"}""".formatted(known.relationId()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("staff_member").isNull()).isTrue();
        assertThat(created.json().get("start_time").asString()).isEqualTo("2026-03-10T14:30:00Z");
        JsonNode history = ok(api.get(ApiClient.DASHBOARD + "/customers/" + known.relationId() + "/booking_history/"));
        assertThat(history.get("results").findValues("staff_member")).allMatch(JsonNode::isNull);
    }

    @Test
    void aMemberOfAnotherBusinessIsRefusedByFieldAndNothingIsBooked() {
        TeamMate elsewhere = team.add(data.newProvider(), TeamRole.STAFF, "Elsewhere");
        Response refused = api.post(BOOKINGS, """
                {"customer": {"name": "Ada Lovelace", "email": "ada-refused@example.com"}, "service_name": "Cut",
                 "start_time": "2026-03-10T14:30:00Z", "duration_minutes": 45, "price": "48.00",
                 "staff_member_id": %d}""".formatted(elsewhere.memberId()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get("staff_member_id").asString())
                .isEqualTo("Choose a member of your team");
        assertThat(ok(api.get(ApiClient.DASHBOARD + "/customers/")).get("count").asInt()).isZero();
    }

    @Test
    void badFieldsAreNamedTogether() {
        Response refused = api.post(BOOKINGS, """
                {"relation_id": "7", "service_name": " ", "start_time": "tomorrow", "price": "lots",
                 "status": "done", "colour": "red"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").propertyNames()).containsExactlyInAnyOrder("relation_id",
                "start_time", "price", "status", "colour");
        Response incomplete = api.post(BOOKINGS, """
                {"customer": {"name": "Ada", "email": "not-an-address"}, "service_name": " ",
                 "start_time": "2026-03-10T14:30:00Z",
                 "price": "1"}""");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").propertyNames()).as("in the API's names")
                .containsExactlyInAnyOrder("service_name", "duration_minutes", "customer.email");
    }

    @Test
    void theOwnerHandsABookingToAnotherMemberOrToNobody() {
        BookingRef ref = data.book(provider, "Grace Hopper", "grace-patch@example.com", BookingStatus.CONFIRMED,
                "30.00", 3);

        JsonNode changed = ok(api.patch(BOOKINGS + ref.bookingId() + "/", "{\"staff_member_id\": " + sam.memberId()
                + "}"));
        assertThat(changed.get("staff_member").get("name").asString()).isEqualTo("Sam Stylist");
        assertThat(team.staffOf(ref.bookingId())).isEqualTo(sam.memberId());
        assertThat(ok(api.patch(BOOKINGS + ref.bookingId() + "/", "{\"staff_member_id\": null}"))
                .get("staff_member").isNull()).isTrue();

        assertThat(api.patch(BOOKINGS + ref.bookingId() + "/", "{}").status()).isEqualTo(400);
        TestProvider other = data.newProvider();
        BookingRef others = data.book(other, "Other", "other-patch@example.com", BookingStatus.CONFIRMED, "1.00", 1);
        assertThat(api.patch(BOOKINGS + others.bookingId() + "/", "{\"staff_member_id\": null}").status())
                .as("another business's booking").isEqualTo(404);
        assertThat(team.staffOf(others.bookingId())).isNull();
    }

    @Test
    void aStaffMembersTokenBooksForThemselvesAndCannotHandBookingsOn() {
        ApiClient staff = ApiClient.at(port, team.apiToken(sam));
        Response created = staff.post(BOOKINGS, """
                {"customer": {"name": "Walk In", "email": "walk-in-api@example.com"}, "service_name": "Cut",
                 "start_time": "2026-03-10T14:30:00Z", "duration_minutes": 30, "price": "20"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("staff_member").get("id").asLong()).isEqualTo(sam.memberId());

        BookingRef owners = data.book(provider, "Grace Hopper", "grace-staff@example.com", BookingStatus.CONFIRMED,
                "30.00", 3);
        Response notTheirs = staff.post(BOOKINGS, """
                {"relation_id": %d, "service_name": "Cut", "start_time": "2026-03-10T14:30:00Z",
                 "duration_minutes": 30, "price": "20"}""".formatted(owners.relationId()));
        assertThat(notTheirs.status()).as("like another business's customer").isEqualTo(404);
        assertThat(staff.patch(BOOKINGS + created.json().get("id").asLong() + "/", "{\"staff_member_id\": null}")
                .status()).isEqualTo(403);
        assertThat(team.staffOf(created.json().get("id").asLong())).isEqualTo(sam.memberId());
    }

    @Test
    void theOpenApiDocumentDescribesTheStaffMemberInAndOut() {
        JsonNode document = ApiClient.at(port, null).get("/v3/api-docs").json();
        JsonNode schemas = document.get("components").get("schemas");

        assertThat(schemas.get("NewBooking").get("properties").propertyNames()).contains("relation_id", "customer",
                "service_name", "start_time", "duration_minutes", "price", "status", "staff_member_id");
        assertThat(schemas.get("BookingPatch").get("properties").propertyNames()).containsExactly("staff_member_id");
        assertThat(schemas.get("StaffMember").get("properties").propertyNames()).containsExactlyInAnyOrder("id",
                "name");
        for (String booking : new String[] {"Booking", "BookingDetail"}) {
            assertThat(schemas.get(booking).get("properties").get("staff_member").toString()).as(booking)
                    .contains("StaffMember");
        }
        JsonNode paths = document.get("paths");
        assertThat(paths.get("/api/bookings/provider_dashboard/bookings/").get("post").get("responses")
                .propertyNames()).contains("201", "400", "404", "409");
        assertThat(paths.get("/api/bookings/provider_dashboard/bookings/{booking_id}/").get("patch").get("responses")
                .propertyNames()).contains("200", "400", "403", "404");
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
