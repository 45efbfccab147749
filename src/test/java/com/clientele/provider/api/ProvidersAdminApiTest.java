package com.clientele.provider.api;

import static com.clientele.provider.api.AdminApi.PROVIDERS;
import static com.clientele.provider.api.AdminApi.auditActions;
import static com.clientele.provider.api.AdminApi.json;
import static com.clientele.provider.api.AdminApi.newProvider;
import static com.clientele.provider.api.AdminApi.ok;
import static com.clientele.provider.api.AdminApi.problem;
import static com.clientele.provider.api.AdminApi.provider;
import static com.clientele.provider.api.AdminApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerUpdate;
import com.clientele.provider.Passwords;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Every endpoint of /api/admin/providers/ as an admin's token uses it. */
@IntegrationTest
class ProvidersAdminApiTest {

    static final List<String> FIELDS = List.of("id", "business_name", "email", "time_zone", "currency", "country",
            "status", "locked_until", "password_change_required", "customer_count", "booking_count", "members_count",
            "owners", "last_login_at", "created_at");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    CustomerService customers;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void adminToken() {
        admin = ApiClient.at(port, data.adminApiToken());
    }

    @AfterEach
    void revokeAdminTokens() {
        data.revokeAdminApiTokens();
    }

    @Test
    void createsAProviderWithTheGivenPasswordAndNormalisedFields() {
        String email = "Corner.Salon-" + System.nanoTime() + "@Example.COM";

        Response created = admin.post(PROVIDERS, newProvider(email, "business_name", "  Corner Salon  ",
                "time_zone", "Europe/Berlin", "currency", "eur", "country", "de", "password_change_required", false));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(created.header("Location")).isEqualTo(admin.base() + provider(id));
        assertThat(body.propertyNames()).containsExactlyElementsOf(FIELDS);
        assertThat(body.get("business_name").asString()).isEqualTo("Corner Salon");
        assertThat(body.get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(body.get("time_zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(body.get("currency").asString()).isEqualTo("EUR");
        assertThat(body.get("country").asString()).isEqualTo("DE");
        assertThat(body.get("status").asString()).isEqualTo("enabled");
        assertThat(body.get("password_change_required").asBoolean()).isFalse();
        assertThat(body.get("customer_count").asLong()).isZero();
        assertThat(body.get("booking_count").asLong()).isZero();
        assertThat(body.get("last_login_at").isNull()).isTrue();
        assertThat(body.get("locked_until").isNull()).isTrue();
        assertThat(body.get("created_at").asString()).isNotBlank();
        assertThat(passwordEncoder.matches(AdminApi.PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(ok(admin.get(created.header("Location")))).isEqualTo(body);
    }

    @Test
    void aTypedPasswordMustBeChangedAtFirstSignInUnlessTheAdminSaysOtherwise() {
        Response created = admin.post(PROVIDERS, newProvider(uniqueEmail("must-change")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("password_change_required").asBoolean()).isTrue();
    }

    @Test
    void aGeneratedPasswordIsReturnedOnceAndMustBeChanged() {
        String email = uniqueEmail("generated");

        Response created = admin.post(PROVIDERS, newProvider(email, "password", AdminApi.Absent.FIELD,
                "generate_password", true));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String password = created.json().get("generated_password").asString();
        assertThat(Passwords.problem(password, email)).isEmpty();
        assertThat(created.header("Cache-Control")).as("never kept by a cache").contains("no-store");
        assertThat(passwordEncoder.matches(password, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(created.json().get("password_change_required").asBoolean()).isTrue();
        Response again = admin.get(created.header("Location"));
        assertThat(ok(again).has("generated_password")).isFalse();
        assertThat(again.body()).doesNotContain(password);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE :password")
                .param("password", "%" + password + "%").query(Long.class).single()).isZero();
    }

    @Test
    void readsAProviderWithItsCountsButNoCustomerDataOrNotes() {
        TestProvider provider = data.newProvider();
        BookingRef anna = data.book(provider, "Anna Secretname", "anna.secret@customer.example",
                BookingStatus.COMPLETED, "40.00", 3);
        data.book(provider, "Anna Secretname", "anna.secret@customer.example", BookingStatus.CONFIRMED, "40.00", 1);
        data.book(provider, "Bob Hiddenname", "bob.hidden@customer.example", BookingStatus.CANCELLED, "25.00", 2);
        data.as(provider, () -> customers.update(anna.relationId(),
                new CustomerUpdate(null, null, null, true, "Private note xyzzy", null)));

        JsonNode account = ok(admin.get(provider(provider.id())));

        assertThat(account.propertyNames()).containsExactlyElementsOf(FIELDS);
        assertThat(account.get("id").asLong()).isEqualTo(provider.id());
        assertThat(account.get("email").asString()).isEqualTo(provider.email());
        assertThat(account.get("customer_count").asLong()).isEqualTo(2);
        assertThat(account.get("booking_count").asLong()).as("bookings not cancelled").isEqualTo(2);
        Response listed = admin.get(PROVIDERS + "?search=" + provider.email());
        assertThat(ok(listed).get("results").get(0)).isEqualTo(account);
        for (Response response : List.of(admin.get(provider(provider.id())), listed)) {
            assertThat(response.body()).doesNotContain("Secretname", "anna.secret", "Hiddenname", "bob.hidden",
                    "xyzzy", "{bcrypt}", "$2a$");
        }
    }

    @Test
    void readsTheMemberCountAndTheEnabledOwnersOfTheBusiness() {
        TestProvider provider = data.newProvider();
        TestMember second = data.newMember(provider, TeamRole.OWNER);
        data.newMember(provider, TeamRole.STAFF);
        data.disableAccount(data.newMember(provider, TeamRole.OWNER));

        JsonNode account = ok(admin.get(provider(provider.id())));

        assertThat(account.get("members_count").asLong()).as("disabled members count, they are in the team")
                .isEqualTo(4);
        JsonNode owners = account.get("owners");
        assertThat(owners).hasSize(2);
        assertThat(owners.get(0).propertyNames()).containsExactly("name", "email");
        assertThat(List.of(owners.get(0).get("email").asString(), owners.get(1).get("email").asString()))
                .as("the enabled owners, by name").containsExactly(second.email(), provider.email());
        assertThat(owners.get(1).get("name").asString()).isEqualTo(account.get("business_name").asString());
        assertThat(ok(admin.get(PROVIDERS + "?search=" + provider.email())).get("results").get(0)).isEqualTo(account);
    }

    @Test
    void disablingABusinessOverTheApiRefusesEveryMembersToken() {
        TestProvider provider = data.newProvider();
        ApiClient staff = ApiClient.at(port, data.apiToken(data.newMember(provider, TeamRole.STAFF)));
        assertThat(staff.get(ApiClient.DASHBOARD + "/customers/").status()).isEqualTo(200);

        ok(admin.post(provider(provider.id()) + "disable/", null));
        assertThat(staff.get(ApiClient.DASHBOARD + "/customers/").status()).isEqualTo(401);

        ok(admin.post(provider(provider.id()) + "enable/", null));
        assertThat(staff.get(ApiClient.DASHBOARD + "/customers/").status()).isEqualTo(200);
    }

    @Test
    void searchMatchesBusinessNameOrEmailInAnyCase() {
        Trio trio = trio();

        assertThat(ids(admin.get(PROVIDERS + "?search=" + trio.tag.toUpperCase() + "%20ALPHA")))
                .containsExactly(trio.alpha);
        assertThat(ids(admin.get(PROVIDERS + "?search=C-" + trio.tag.toUpperCase()))).containsExactly(trio.bravo);
        assertThat(ids(admin.get(PROVIDERS + "?search=" + trio.tag))).containsExactly(trio.alpha, trio.bravo,
                trio.charlie);
        JsonNode none = ok(admin.get(PROVIDERS + "?search=" + trio.tag + "-nobody"));
        assertThat(none.get("count").asLong()).isZero();
        assertThat(none.get("results")).isEmpty();
    }

    @Test
    void statusFilterFindsEnabledLockedAndDisabledAccounts() {
        Trio trio = trio();
        ok(admin.post(provider(trio.bravo) + "disable/", null));
        for (int i = 0; i < 5; i++) {
            directory.recordFailedLogin(trio.charlieEmail);
        }

        assertThat(ids(admin.get(PROVIDERS + "?search=" + trio.tag + "&status=enabled"))).containsExactly(trio.alpha);
        assertThat(ids(admin.get(PROVIDERS + "?search=" + trio.tag + "&status=disabled"))).containsExactly(trio.bravo);
        JsonNode locked = ok(admin.get(PROVIDERS + "?search=" + trio.tag + "&status=locked"));
        assertThat(ids(locked)).containsExactly(trio.charlie);
        assertThat(locked.get("results").get(0).get("status").asString()).isEqualTo("locked");
        assertThat(locked.get("results").get(0).get("locked_until").asString()).isNotBlank();
    }

    @Test
    void ordersByEachFieldBothWays() {
        Trio trio = trio();
        long a = trio.alpha;
        long b = trio.bravo;
        long c = trio.charlie;
        String list = PROVIDERS + "?search=" + trio.tag + "&ordering=";

        assertThat(ids(admin.get(PROVIDERS + "?search=" + trio.tag))).as("default").containsExactly(a, b, c);
        assertOrder(list + "business_name", a, b, c);
        assertOrder(list + "email", a, c, b);
        assertOrder(list + "customer_count", b, c, a);
        assertOrder(list + "booking_count", b, a, c);
        assertOrder(list + "last_login_at", c, b, a);
        assertOrder(list + "created_at", c, a, b);
    }

    @Test
    void pagesCarryAbsoluteLinksThatKeepTheParameters() {
        Trio trio = trio();
        String query = "?search=" + trio.tag + "&ordering=-business_name";

        JsonNode first = ok(admin.get(PROVIDERS + query + "&page_size=2"));

        assertThat(first.propertyNames()).containsExactly("count", "next", "previous", "results");
        assertThat(first.get("count").asLong()).isEqualTo(3);
        assertThat(ids(first)).containsExactly(trio.charlie, trio.bravo);
        assertThat(first.get("previous").isNull()).isTrue();
        String next = first.get("next").asString();
        assertThat(next).startsWith(admin.base() + PROVIDERS + "?").contains("search=" + trio.tag,
                "ordering=-business_name", "page=2", "page_size=2");
        JsonNode second = ok(admin.get(next));
        assertThat(ids(second)).containsExactly(trio.alpha);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(ok(admin.get(second.get("previous").asString()))).isEqualTo(first);
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        TestProvider provider = data.newProvider();
        JsonNode before = ok(admin.get(provider(provider.id())));

        JsonNode renamed = ok(admin.patch(provider(provider.id()), json("business_name", "  Renamed Studio ")));

        assertThat(renamed.get("business_name").asString()).isEqualTo("Renamed Studio");
        for (String field : List.of("email", "time_zone", "currency", "country", "status", "created_at")) {
            assertThat(renamed.get(field)).as(field).isEqualTo(before.get(field));
        }
        String newEmail = uniqueEmail("Moved").replace("@test.example", "@Test.Example");
        JsonNode moved = ok(admin.patch(provider(provider.id()), json("email", newEmail, "time_zone",
                "America/New_York", "currency", "usd", "country", "us")));

        assertThat(moved.get("business_name").asString()).isEqualTo("Renamed Studio");
        assertThat(moved.get("email").asString()).isEqualTo(newEmail.toLowerCase());
        assertThat(moved.get("time_zone").asString()).isEqualTo("America/New_York");
        assertThat(moved.get("currency").asString()).isEqualTo("USD");
        assertThat(moved.get("country").asString()).isEqualTo("US");
        assertThat(ok(admin.get(provider(provider.id())))).isEqualTo(moved);
        assertThat(auditActions(jdbc, provider.email())).containsSubsequence("PROVIDER_CREATED", "PROVIDER_UPDATED");
        assertThat(auditActions(jdbc, newEmail.toLowerCase())).containsExactly("PROVIDER_UPDATED");

        ok(admin.patch(provider(provider.id()), json("currency", "USD")));
        assertThat(auditActions(jdbc, newEmail.toLowerCase())).as("no change, nothing audited")
                .containsExactly("PROVIDER_UPDATED");
    }

    @Test
    void disableAndEnableChangeTheStatusAndRepeatingThemChangesNothing() {
        TestProvider provider = data.newProvider();

        assertThat(ok(admin.post(provider(provider.id()) + "disable/", null)).get("status").asString())
                .isEqualTo("disabled");
        assertThat(ok(admin.post(provider(provider.id()) + "disable/", null)).get("status").asString())
                .isEqualTo("disabled");
        assertThat(directory.isEnabled(data.accountId(provider.email()))).isFalse();
        assertThat(ok(admin.post(provider(provider.id()) + "enable/", null)).get("status").asString())
                .isEqualTo("enabled");
        assertThat(ok(admin.post(provider(provider.id()) + "enable/", null)).get("status").asString())
                .isEqualTo("enabled");

        assertThat(directory.isEnabled(data.accountId(provider.email()))).isTrue();
        assertThat(auditActions(jdbc, provider.email())).containsExactly("PROVIDER_CREATED", "PROVIDER_DISABLED",
                "PROVIDER_ENABLED");
    }

    @Test
    void unlockLiftsALockOut() {
        TestProvider provider = data.newProvider();
        for (int i = 0; i < 5; i++) {
            directory.recordFailedLogin(provider.email());
        }
        assertThat(ok(admin.get(provider(provider.id()))).get("status").asString()).isEqualTo("locked");

        JsonNode unlocked = ok(admin.post(provider(provider.id()) + "unlock/", null));

        assertThat(unlocked.get("status").asString()).isEqualTo("enabled");
        assertThat(unlocked.get("locked_until").isNull()).isTrue();
        assertThat(users.loadUserByUsername(provider.email()).isAccountNonLocked()).isTrue();
        assertThat(auditActions(jdbc, provider.email())).endsWith("ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED");
        ok(admin.post(provider(provider.id()) + "unlock/", null));
        assertThat(auditActions(jdbc, provider.email())).as("unlocking an unlocked account changes nothing")
                .endsWith("ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED");
    }

    @Test
    void resetPasswordReturnsANewPasswordOnce() {
        TestProvider provider = data.newProvider();

        Response response = admin.post(provider(provider.id()) + "reset_password/", null);
        JsonNode reset = ok(response);
        assertThat(response.header("Cache-Control")).as("never kept by a cache").contains("no-store");

        String password = reset.get("generated_password").asString();
        assertThat(Passwords.problem(password, provider.email())).isEmpty();
        assertThat(reset.get("password_change_required").asBoolean()).isTrue();
        assertThat(reset.get("id").asLong()).isEqualTo(provider.id());
        assertThat(passwordEncoder.matches(password, users.loadUserByUsername(provider.email()).getPassword()))
                .isTrue();
        assertThat(ok(admin.get(provider(provider.id()))).has("generated_password")).isFalse();
    }

    @Test
    void unknownProvidersAre404OnEveryEndpoint() {
        long unknown = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1000 FROM provider").query(Long.class).single();
        String path = provider(unknown);

        for (Response response : List.of(admin.get(path), admin.patch(path, json("business_name", "Nobody")),
                admin.post(path + "disable/", null), admin.post(path + "enable/", null),
                admin.post(path + "unlock/", null), admin.post(path + "reset_password/", null))) {
            problem(response, 404);
            assertThat(response.json().get("detail").asString()).isEqualTo("Provider not found");
        }
        JsonNode errors = problem(admin.get(PROVIDERS + "abc/"), 400);
        assertThat(errors.propertyNames()).containsExactly("provider_id");
    }

    private void assertOrder(String path, long... ascending) {
        List<Long> expected = new ArrayList<>();
        for (long id : ascending) {
            expected.add(id);
        }
        assertThat(ids(admin.get(path))).as(path).containsExactlyElementsOf(expected);
        String descending = path.replace("ordering=", "ordering=-");
        assertThat(ids(admin.get(descending))).as(descending).containsExactlyElementsOf(expected.reversed());
    }

    private static List<Long> ids(Response response) {
        return ids(ok(response));
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("results").forEach(result -> ids.add(result.get("id").asLong()));
        return ids;
    }

    /**
     * Three providers whose every sortable field puts them in a different order: business name
     * A B C, e-mail A C B, customers B C A (0, 1, 3: one of A's only cancelled), bookings not
     * cancelled B A C (0, 2, 3), last sign-in C B A, created C A B.
     */
    private record Trio(String tag, long alpha, long bravo, long charlie, String charlieEmail) {
    }

    private Trio trio() {
        String tag = "trio" + System.nanoTime();
        long charlie = create(tag + " Charlie", "b-" + tag);
        long alpha = create(tag + " Alpha", "a-" + tag);
        long bravo = create(tag + " Bravo", "c-" + tag);
        TestProvider a = new TestProvider(alpha, "a-" + tag + "@test.example");
        TestProvider b = new TestProvider(bravo, "c-" + tag + "@test.example");
        TestProvider c = new TestProvider(charlie, "b-" + tag + "@test.example");
        data.book(a, "One", "one-" + tag + "@customer.example", BookingStatus.CONFIRMED, "10.00", 1);
        data.book(a, "Two", "two-" + tag + "@customer.example", BookingStatus.COMPLETED, "10.00", 2);
        data.book(a, "Three", "three-" + tag + "@customer.example", BookingStatus.CANCELLED, "10.00", 3);
        for (int day = 1; day <= 3; day++) {
            data.book(c, "Five", "five-" + tag + "@customer.example", BookingStatus.COMPLETED, "10.00", day);
        }
        directory.recordSuccessfulLogin(data.accountId(c.email()));
        directory.recordSuccessfulLogin(data.accountId(b.email()));
        directory.recordSuccessfulLogin(data.accountId(a.email()));
        return new Trio(tag, alpha, bravo, charlie, c.email());
    }

    private long create(String businessName, String emailName) {
        Response created = admin.post(PROVIDERS, newProvider(emailName + "@test.example", "business_name",
                businessName));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
