package com.clientele.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.activity.ActivityLog;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.booking.BookingFilter;
import com.clientele.booking.BookingHistory;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerTimeline;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import com.clientele.messaging.MessageService;
import com.clientele.messaging.NewMessage;
import com.clientele.provider.TeamMember;
import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamRole.Capability;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * Two businesses with a whole team each (SPEC §10): business A's manager, staff and front desk,
 * by API token and by service call, cannot read, change, export or book for business B's customers
 * or see B's members; a filter naming one of B's members is refused, never answered with B's data;
 * a staff member asking for a colleague's customer gets the 404 of a missing one. Nothing of B
 * changes.
 */
@IntegrationTest
class TeamIsolationTest {

    private static final String CUSTOMERS = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    TeamWorkspace workspace;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerExport export;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingQueries bookingQueries;
    @Autowired
    BookingHistory history;
    @Autowired
    MessageService messages;
    @Autowired
    ActivityLog activity;

    Team a;
    Team b;

    @BeforeEach
    void setUp() {
        a = workspace.create();
        b = workspace.create();
    }

    @Test
    void membersTokensNeverReachAnotherBusinesssCustomers() {
        List<Object> before = state(b);
        long theirs = b.relation("Anna");
        long theirBooking = b.customers().get("Anna").bookingId();
        for (TestMember member : List.of(a.manager(), a.staff(), a.frontDesk())) {
            ApiClient api = ApiClient.at(port, data.apiToken(member));
            String who = member.role().name();
            Map<String, Response> answers = Map.of(
                    "details", api.get(CUSTOMERS + theirs + "/"),
                    "notes", api.patch(CUSTOMERS + theirs + "/", "{\"notes\": \"Seen by A\"}"),
                    "favourite", api.post(CUSTOMERS + theirs + "/toggle_favorite/", null),
                    "block", api.post(CUSTOMERS + theirs + "/toggle_block/", "{\"blocked_reason\": \"A says so\"}"),
                    "history", api.get(CUSTOMERS + theirs + "/booking_history/"),
                    "message", api.post(CUSTOMERS + theirs + "/send_message/",
                            "{\"subject\": \"Hi\", \"body\": \"From A\"}"),
                    "book", api.post(ApiClient.DASHBOARD + "/bookings/", """
                            {"relation_id": %d, "service_name": "Cut", "start_time": "2026-03-10T14:30:00Z",
                             "duration_minutes": 45, "price": "20.00"}""".formatted(theirs)),
                    "hand on", api.patch(ApiClient.DASHBOARD + "/bookings/" + theirBooking + "/",
                            "{\"staff_member_id\": " + member.memberId() + "}"));
            Map<String, Capability> needs = Map.of("details", Capability.SEE_CUSTOMERS, "notes", Capability.NOTES,
                    "favourite", Capability.FAVOURITE_AND_MESSAGE, "block", Capability.BLOCK,
                    "history", Capability.SEE_CUSTOMERS, "message", Capability.FAVOURITE_AND_MESSAGE,
                    "book", Capability.BOOKINGS, "hand on", Capability.BOOKINGS);
            answers.forEach((what, response) -> {
                TeamRole role = member.role();
                boolean mayAtAll = role.may(needs.get(what))
                        && !(what.equals("hand on") && role.scope(Capability.BOOKINGS) != TeamRole.Scope.ALL);
                assertThat(response.status()).as(who + " " + what + ": " + response).isEqualTo(mayAtAll ? 404 : 403);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            });
        }
        assertThat(state(b)).as("nothing of B changed").isEqualTo(before);
    }

    @Test
    void membersListsStatsActivityAndExportHoldNothingOfAnotherBusiness() {
        List<Long> bRelations = b.relations("Anna", "Bob", "Cara", "Dan", "Eve");
        String bTag = "t" + b.business().id() + "@";
        for (TestMember member : List.of(a.manager(), a.staff(), a.frontDesk())) {
            ApiClient api = ApiClient.at(port, data.apiToken(member));
            String who = member.role().name();
            JsonNode list = api.get(CUSTOMERS + "?page_size=100").json();
            assertThat(list.get("count").asInt()).as(who).isEqualTo(member.role() == TeamRole.STAFF ? 2 : 5);
            assertThat(ids(list.get("results"))).as(who).doesNotContainAnyElementsOf(bRelations);
            assertThat(api.get(CUSTOMERS + "?search=" + bTag).json().get("count").asInt()).as(who).isZero();
            assertThat(api.get(ApiClient.DASHBOARD + "/customer_stats/").json().get("total_customers").asInt())
                    .as(who).isEqualTo(member.role() == TeamRole.STAFF ? 2 : 5);
            JsonNode recent = api.get(ApiClient.DASHBOARD + "/recent_customer_activity/?limit=100").json();
            assertThat(recent).as(who).isNotEmpty();
            recent.forEach(event -> assertThat(event.get("relation_id").asLong()).as(who).isNotIn(bRelations));
            // a list filtered by one of B's members: refused, not B's customers
            Response byTheirStaff = api.get(CUSTOMERS + "?staff=" + b.staff().memberId());
            assertThat(byTheirStaff.status()).as(who + " " + byTheirStaff)
                    .isEqualTo(member.role() == TeamRole.STAFF ? 403 : 400);
        }
        ApiClient manager = ApiClient.at(port, data.apiToken(a.manager()));
        String csv = manager.get(CUSTOMERS + "export/?format=csv").body();
        assertThat(csv.lines()).hasSize(6);
        assertThat(csv).doesNotContain(bTag).contains("t" + a.business().id() + "@");
        assertThat(manager.get(CUSTOMERS + "export/?format=csv&staff=" + b.staff().memberId()).status())
                .isEqualTo(400);
    }

    @Test
    void membersServiceCallsNeverReachAnotherBusiness() {
        List<Object> before = state(b);
        long theirRelation = b.relation("Dan");
        long theirCustomer = b.customer("Dan");
        long theirBooking = b.customers().get("Anna").bookingId();
        long theirStaff = b.staff().memberId();
        for (TestMember member : List.of(a.manager(), a.staff(), a.frontDesk())) {
            String who = member.role().name();
            boolean staff = member.role() == TeamRole.STAFF;
            boolean frontDesk = member.role() == TeamRole.FRONT_DESK;
            refusedAs(member, NotFoundException.class, () -> customers.details(theirRelation));
            refusedAs(member, NotFoundException.class, () -> customers.setFavorite(theirRelation, false));
            refusedAs(member, frontDesk ? AccessDeniedException.class : NotFoundException.class,
                    () -> customers.updateNotes(theirRelation, "Seen by A", 0));
            refusedAs(member, staff || frontDesk ? AccessDeniedException.class : NotFoundException.class,
                    () -> customers.block(theirRelation, "A says so"));
            refusedAs(member, NotFoundException.class, () -> bookings.create(NewBooking.forCustomer(theirCustomer,
                    "Cut", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 45,
                    new BigDecimal("20.00"), BookingStatus.CONFIRMED)));
            refusedAs(member, NotFoundException.class, () -> bookings.changeStatus(theirBooking, BookingStatus.NO_SHOW));
            refusedAs(member, NotFoundException.class, () -> bookings.recordReview(theirBooking, 1, "From A"));
            refusedAs(member, staff ? AccessDeniedException.class : NotFoundException.class,
                    () -> bookings.assign(theirBooking, member.memberId()));
            refusedAs(member, NotFoundException.class,
                    () -> messages.send(theirCustomer, new NewMessage("Hi", "From A")));
            data.as(member, () -> {
                assertThat(bookingQueries.find(theirBooking)).as(who).isEmpty();
                assertThat(bookingQueries.list(BookingFilter.ALL.withStaffMember(theirStaff), PageRequest.of(0, 50)))
                        .as(who + ": the bookings of B's member").isEmpty();
                assertThat(bookingQueries.count(BookingFilter.ALL.withStaffMember(theirStaff))).as(who).isZero();
                assertThat(bookingQueries.team()).as(who + ": the team").extracting(TeamMember::id)
                        .containsExactlyInAnyOrderElementsOf(a.members().stream().map(TestMember::memberId).toList())
                        .doesNotContain(theirStaff);
                assertThat(history.bookings(theirCustomer, 0, 50)).as(who).isEmpty();
                assertThat(history.countBookings(theirCustomer)).as(who).isZero();
                assertThat(activity.forCustomer(theirCustomer, 50)).as(who).isEmpty();
            });
            if (staff) {
                refusedAs(member, NotFoundException.class, () -> messages.forCustomer(theirCustomer));
                refusedAs(member, NotFoundException.class, () -> timeline.forCustomer(theirCustomer, 50));
            } else {
                assertThat(data.as(member, () -> messages.forCustomer(theirCustomer))).as(who).isEmpty();
                assertThat(data.as(member, () -> timeline.forCustomer(theirCustomer, 50))).as(who).isEmpty();
                refusedAs(member, InvalidInputException.class, () -> customers.list(
                        new CustomerFilter(null, null, theirStaff), CustomerOrder.DEFAULT, 0, 50));
            }
        }
        // handing one of A's bookings to B's member
        long ours = a.customers().get("Dan").bookingId();
        refusedAs(a.manager(), InvalidInputException.class, () -> bookings.assign(ours, theirStaff));
        refusedAs(a.manager(), InvalidInputException.class, () -> export.write(
                new CustomerFilter(null, null, theirStaff), CustomerOrder.DEFAULT, new ByteArrayOutputStream()));
        var csv = new ByteArrayOutputStream();
        data.as(a.manager(), () -> export.write(CustomerFilter.ALL, CustomerOrder.DEFAULT, csv));
        assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain("t" + b.business().id() + "@");
        assertThat(state(b)).as("nothing of B changed").isEqualTo(before);
        assertThat(data.as(a.owner(), () -> bookingQueries.find(ours)).orElseThrow().staffMember()).isNull();
    }

    /** The 404 of a colleague's customer is the 404 of a customer that does not exist, on every endpoint. */
    @Test
    void aStaffTokenAskingForAColleaguesCustomerGetsTheAnswerOfAMissingOne() {
        ApiClient api = ApiClient.at(port, data.apiToken(a.staff()));
        long bob = a.relation("Bob");
        long missing = Long.MAX_VALUE - 1;
        var before = data.as(a.owner(), () -> customers.details(bob));
        List<java.util.function.LongFunction<Response>> calls = List.of(
                id -> api.get(CUSTOMERS + id + "/"),
                id -> api.patch(CUSTOMERS + id + "/", "{\"notes\": \"Not mine\", \"is_favorite_customer\": true}"),
                id -> api.post(CUSTOMERS + id + "/toggle_favorite/", null),
                id -> api.get(CUSTOMERS + id + "/booking_history/"),
                id -> api.post(CUSTOMERS + id + "/send_message/", "{\"subject\": \"Hi\", \"body\": \"Not mine\"}"),
                id -> api.post(ApiClient.DASHBOARD + "/bookings/", """
                        {"relation_id": %d, "service_name": "Cut", "start_time": "2026-03-10T14:30:00Z",
                         "duration_minutes": 45, "price": "20.00"}""".formatted(id)));
        for (var call : calls) {
            Response colleagues = call.apply(bob);
            Response absent = call.apply(missing);
            assertThat(colleagues.status()).as(colleagues.toString()).isEqualTo(404);
            assertThat(colleagues.problem()).isEqualTo(absent.problem());
        }
        assertThat(data.as(a.owner(), () -> customers.details(bob))).isEqualTo(before);
        assertThat(data.as(a.owner(), () -> bookingQueries.count(BookingFilter.ALL))).isEqualTo(7);
    }

    /** Business B as its owner sees it: customers with every figure and version, bookings, recent activity. */
    private List<Object> state(Team team) {
        return data.as(team.owner(), () -> List.of(
                customers.listDetails(CustomerFilter.ALL, CustomerOrder.DEFAULT, 0, 100),
                bookingQueries.list(BookingFilter.ALL, PageRequest.of(0, 100)),
                activity.recent(100)));
    }

    private void refusedAs(TestMember member, Class<? extends Throwable> expected, Runnable call) {
        Throwable thrown = catchThrowable(() -> data.as(member, call));
        assertThat(thrown).as(member.role().name()).isInstanceOf(expected);
    }

    private static List<Long> ids(JsonNode results) {
        return results.valueStream().map(result -> result.get("id").asLong()).toList();
    }

}
