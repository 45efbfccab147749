package com.clientele.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.booking.BookingStatus;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerSort;
import com.clientele.customer.CustomerStatus;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/bookings/provider_dashboard/customers/ — the seed's list contract, parameter by parameter. */
@IntegrationTest
class CustomerListApiTest {

    static final String LIST = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    com.clientele.booking.BookingService bookings;

    Fixture fixture;
    ApiClient api;

    @BeforeEach
    void setUp() {
        fixture = workspace.create();
        api = ApiClient.at(port, data.apiToken(fixture.provider()));
    }

    @Test
    void eachResultHasExactlyTheSeedsFields() {
        JsonNode page = ok(api.get(LIST + "?search=Anna"));

        assertThat(page.propertyNames()).containsExactly("count", "next", "previous", "results");
        JsonNode anna = page.get("results").get(0);
        assertThat(anna.propertyNames()).containsExactly("id", "customer", "customer_status", "is_favorite_customer",
                "is_blocked", "blocked_reason", "blocked_until", "notes", "total_bookings", "completed_bookings",
                "cancelled_count", "no_show_count", "total_spent", "average_rating", "first_booking_date",
                "last_booking_date", "next_booking_date", "reliability", "late_cancellation_count", "is_flagged",
                "flagged_reason", "rules_exemption");
        assertThat(anna.get("customer").propertyNames()).containsExactly("id", "name", "email", "phone");
        assertThat(anna.get("id").asLong()).isEqualTo(fixture.relation("Anna"));
        assertThat(anna.get("customer").get("id").asLong()).isEqualTo(fixture.customer("Anna"));
        assertThat(anna.get("customer").get("name").asString()).isEqualTo("Anna Regular");
        assertThat(anna.get("customer").get("phone").asString()).isEqualTo("+442079460001");
        assertThat(anna.get("customer_status").asString()).isEqualTo("regular");
        assertThat(anna.get("is_favorite_customer").asBoolean()).isFalse();
        assertThat(anna.get("is_blocked").asBoolean()).isFalse();
        assertThat(anna.get("blocked_reason").isNull()).isTrue();
        assertThat(anna.get("notes").isNull()).isTrue();
        assertThat(anna.get("total_bookings").asInt()).isEqualTo(5);
        assertThat(anna.get("completed_bookings").asInt()).isEqualTo(5);
        assertThat(anna.get("cancelled_count").asInt()).isZero();
        assertThat(anna.get("no_show_count").asInt()).isZero();
        assertThat(anna.get("total_spent").isString()).as("a decimal string").isTrue();
        assertThat(anna.get("total_spent").asString()).isEqualTo("100.00");
        assertThat(anna.get("average_rating").isNull()).isTrue();
        assertThat(anna.get("first_booking_date").asString()).isEqualTo("2026-05-04T09:00:00Z");
        assertThat(anna.get("last_booking_date").asString()).isEqualTo("2026-05-08T09:00:00Z");
        assertThat(anna.get("next_booking_date").isNull()).isTrue();

        JsonNode eve = ok(api.get(LIST + "?status=blocked")).get("results").get(0);
        assertThat(eve.get("is_blocked").asBoolean()).isTrue();
        assertThat(eve.get("blocked_reason").asString()).isEqualTo("Never turns up");
        assertThat(eve.get("no_show_count").asInt()).isEqualTo(1);
    }

    @Test
    void lastBookingDateIsTheLastVisitAndNextBookingDateTheNextOne() {
        java.time.Instant next = java.time.Instant.now().plus(3, java.time.temporal.ChronoUnit.DAYS)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        data.as(fixture.provider(), () -> bookings.create(com.clientele.booking.NewBooking.forCustomer(
                fixture.customer("Cara"), "Colour", next, 60, java.math.BigDecimal.TEN, BookingStatus.CONFIRMED)));

        JsonNode page = ok(api.get(LIST + "?ordering=-next_booking_date"));
        JsonNode cara = page.get("results").get(0);
        assertThat(cara.get("customer").get("name").asString()).isEqualTo("Cara New");
        assertThat(cara.get("next_booking_date").asString()).isEqualTo(next.toString());
        assertThat(cara.get("last_booking_date").asString()).as("the future booking is not a visit")
                .isEqualTo("2026-05-24T09:00:00Z");
        assertThat(names(ok(api.get(LIST + "?ordering=next_booking_date")))).last().isEqualTo("Cara New");
        JsonNode detail = ok(api.get(ApiClient.DASHBOARD + "/customers/" + fixture.relation("Cara") + "/"));
        assertThat(detail.get("next_booking_date").asString()).isEqualTo(next.toString());
    }

    @Test
    void defaultOrderIsTheNewestBookingFirst() {
        assertThat(names(ok(api.get(LIST)))).containsExactly("Bob Returning", "Dan Favourite", "Cara New",
                "Eve Blocked", "Anna Regular", Workspace.WILDCARD_NAME, Workspace.XSS_NAME);
    }

    @Test
    void everyOrderingBothWaysMatchesTheWorkspace() {
        for (CustomerSort sort : CustomerSort.values()) {
            for (boolean descending : List.of(false, true)) {
                CustomerOrder order = new CustomerOrder(sort, descending);
                List<String> expected = data.as(fixture.provider(),
                        () -> customers.list(CustomerFilter.ALL, order, 0, 100)).stream().map(CustomerRow::name).toList();
                assertThat(names(ok(api.get(LIST + "?ordering=" + order.code())))).as(order.code())
                        .hasSize(7).containsExactlyElementsOf(expected);
            }
        }
        assertThat(names(ok(api.get(LIST + "?ordering=-total_spent")))).startsWith("Dan Favourite", "Anna Regular",
                "Bob Returning");
        assertThat(names(ok(api.get(LIST + "?ordering=name"))).getFirst()).isEqualTo(Workspace.XSS_NAME);
        assertThat(names(ok(api.get(LIST + "?ordering=-total_bookings"))).getFirst()).isEqualTo("Anna Regular");
    }

    @Test
    void everyStatusFilter() {
        Map<CustomerStatus, List<String>> expected = Map.of(
                CustomerStatus.NEW, List.of("Cara New", Workspace.WILDCARD_NAME, Workspace.XSS_NAME),
                CustomerStatus.RETURNING, List.of("Bob Returning"),
                CustomerStatus.REGULAR, List.of("Anna Regular"),
                CustomerStatus.FAVORITE, List.of("Dan Favourite"),
                CustomerStatus.BLOCKED, List.of("Eve Blocked"));
        for (CustomerStatus status : CustomerStatus.values()) {
            JsonNode page = ok(api.get(LIST + "?status=" + status.code()));
            assertThat(names(page)).as(status.code()).containsExactlyElementsOf(expected.get(status));
            assertThat(page.get("count").asInt()).isEqualTo(expected.get(status).size());
            page.get("results").forEach(result ->
                    assertThat(result.get("customer_status").asString()).isEqualTo(status.code()));
        }
    }

    @Test
    void searchByNameEmailAndPhoneInAnyFormat() {
        assertThat(names(ok(api.get(LIST + "?search=anna%20REG")))).containsExactly("Anna Regular");
        assertThat(names(ok(api.get(LIST + "?search=" + encode("bob.p" + fixture.provider().id())))))
                .containsExactly("Bob Returning");
        assertThat(names(ok(api.get(LIST + "?search=" + encode("(020) 7946-0001"))))).containsExactly("Anna Regular");
        assertThat(names(ok(api.get(LIST + "?search=" + encode("+1 212 555"))))).containsExactly("Bob Returning");
        assertThat(names(ok(api.get(LIST + "?search=" + encode("50%_"))))).containsExactly(Workspace.WILDCARD_NAME);
        JsonNode none = ok(api.get(LIST + "?search=nobody-like-this"));
        assertThat(none.get("count").asInt()).isZero();
        assertThat(none.get("results").isEmpty()).isTrue();
        assertThat(none.get("next").isNull()).isTrue();
    }

    @Test
    void pagesLinkToEachOtherWithAbsoluteUrlsKeepingTheFilters() {
        JsonNode first = ok(api.get(LIST + "?ordering=-total_bookings&page_size=3"));

        assertThat(first.get("count").asInt()).isEqualTo(7);
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asString()).isEqualTo(api.base() + LIST
                + "?ordering=-total_bookings&page=2&page_size=3");

        List<String> all = new ArrayList<>(names(first));
        JsonNode page = first;
        int pages = 1;
        while (!page.get("next").isNull()) {
            page = ok(api.get(page.get("next").asString()));
            pages++;
            all.addAll(names(page));
        }
        assertThat(pages).isEqualTo(3);
        assertThat(names(page)).hasSize(1);
        assertThat(page.get("previous").asString()).isEqualTo(api.base() + LIST
                + "?ordering=-total_bookings&page=2&page_size=3");
        assertThat(all).containsExactlyElementsOf(names(ok(api.get(LIST + "?ordering=-total_bookings"))));

        JsonNode filtered = ok(api.get(LIST + "?search=" + encode("+44 20") + "&status=regular&page_size=1"));
        assertThat(filtered.get("count").asInt()).isEqualTo(1);
        JsonNode news = ok(api.get(LIST + "?status=new&ordering=name&search=e&page_size=1"));
        assertThat(news.get("next").asString()).isEqualTo(api.base() + LIST
                + "?search=e&status=new&ordering=name&page=2&page_size=1");
        assertThat(names(ok(api.get(news.get("next").asString())))).hasSize(1);
    }

    @Test
    void aPlusInTheSearchSurvivesTheNextLink() {
        data.book(fixture.provider(), "A+ Student", null, BookingStatus.CONFIRMED, "10.00", 1);
        data.book(fixture.provider(), "C++ Club", null, BookingStatus.CONFIRMED, "10.00", 2);

        JsonNode first = ok(api.get(LIST + "?search=" + encode("+") + "&page_size=1"));
        JsonNode second = ok(api.get(first.get("next").asString()));

        assertThat(first.get("next").asString()).contains("search=%2B&");
        assertThat(second.get("count").asInt()).as("still searching for +, not for a space").isEqualTo(2);
        assertThat(List.of(names(first).getFirst(), names(second).getFirst()))
                .containsExactly("A+ Student", "C++ Club");
    }

    @Test
    void everyBadParameterIsA400ProblemNamingIt() {
        assertBadParameter(api.get(LIST + "?status=vip"), "status");
        assertBadParameter(api.get(LIST + "?status=NEW"), "status");
        assertBadParameter(api.get(LIST + "?ordering=-age"), "ordering");
        assertBadParameter(api.get(LIST + "?ordering=--name"), "ordering");
        assertBadParameter(api.get(LIST + "?page=0"), "page");
        assertBadParameter(api.get(LIST + "?page=-1"), "page");
        assertBadParameter(api.get(LIST + "?page=two"), "page");
        assertBadParameter(api.get(LIST + "?page=2"), "page");
        assertBadParameter(api.get(LIST + "?page=4&page_size=3"), "page");
        assertBadParameter(api.get(LIST + "?page_size=0"), "page_size");
        assertBadParameter(api.get(LIST + "?page_size=101"), "page_size");
        assertBadParameter(api.get(LIST + "?page_size=1.5"), "page_size");
        assertBadParameter(api.get(LIST + "?search=" + "x".repeat(101)), "search");

        Response several = api.get(LIST + "?status=vip&ordering=age&page=0&page_size=500");
        assertThat(several.json().get("errors").propertyNames())
                .containsExactlyInAnyOrder("status", "ordering", "page", "page_size");
        assertThat(ok(api.get(LIST + "?page=3&page_size=3")).get("results").size()).as("the last page").isEqualTo(1);
        assertThat(ok(api.get(LIST + "?page_size=100")).get("count").asInt()).isEqualTo(7);
    }

    static void assertBadParameter(Response response, String parameter) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("errors").has(parameter)).as(response.toString()).isTrue();
        assertThat(problem.get("detail").asString()).contains(parameter);
        assertThat(response.body()).doesNotContain("Exception", "at com.");
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.json();
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("results").forEach(result -> names.add(result.get("customer").get("name").asString()));
        return names;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
