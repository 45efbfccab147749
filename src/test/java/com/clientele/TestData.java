package com.clientele;

import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.ApiTokenSummary;
import com.clientele.base.Sql;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.NewProvider;
import com.clientele.provider.ProviderAccountService;
import com.clientele.provider.TeamRole;
import com.clientele.security.AppUser;
import com.clientele.security.RunAs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/** Creates isolated test data: every test works with providers of its own. */
@Component
public class TestData {

    public static final String PASSWORD = "test-password-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RunAs runAs;
    private final ProviderAccountService providerAccounts;
    private final BookingService bookings;
    private final UserDetailsService users;
    private final ApiTokenService apiTokens;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    TestData(RunAs runAs, ProviderAccountService providerAccounts, BookingService bookings, UserDetailsService users,
            ApiTokenService apiTokens, JdbcClient jdbc, PasswordEncoder passwords) {
        this.runAs = runAs;
        this.providerAccounts = providerAccounts;
        this.bookings = bookings;
        this.users = users;
        this.apiTokens = apiTokens;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public record TestProvider(long id, String email) {
    }

    /** A member of a business with a role (SPEC §10), who signs in with {@link #PASSWORD}. */
    public record TestMember(long providerId, long memberId, String email, TeamRole role) {

        /** The member's sign-in, for {@link TestData#as(TestProvider, Supplier)} and the like. */
        public TestProvider login() {
            return new TestProvider(providerId, email);
        }
    }

    /**
     * A new member of the provider's business with this role: an enabled account and its member row,
     * written directly (as an accepted invitation leaves them).
     */
    public TestMember newMember(TestProvider provider, TeamRole role) {
        String email = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + SEQUENCE.incrementAndGet() + "-"
                + System.nanoTime() + "@test.example";
        Instant now = Instant.now();
        var account = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, password_hash, role, enabled, created_at)"
                        + " VALUES (:email, :hash, 'PROVIDER', TRUE, :now)")
                .param("email", email).param("hash", passwords.encode(PASSWORD)).param("now", Sql.param(now))
                .update(account);
        var member = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO member (provider_id, account_id, name, email, team_role, created_at)"
                        + " VALUES (:provider, :account, :name, :email, :role, :now)")
                .param("provider", provider.id()).param("account", account.getKey().longValue())
                .param("name", "Member " + SEQUENCE.get() + " (" + role + ")").param("email", email)
                .param("role", role.name()).param("now", Sql.param(now))
                .update(member);
        return new TestMember(provider.id(), member.getKey().longValue(), email, role);
    }

    /** The name of the member signing in with this e-mail, as the timeline names them. */
    public String memberName(String email) {
        return jdbc.sql("SELECT name FROM member WHERE email = :email AND removed_at IS NULL")
                .param("email", email).query(String.class).single();
    }

    /** The owner member of a business made by {@link #newProvider}. */
    public TestMember owner(TestProvider provider) {
        long memberId = jdbc.sql("SELECT m.id FROM member m JOIN account a ON a.id = m.account_id"
                        + " WHERE m.provider_id = :provider AND a.email = :email")
                .param("provider", provider.id()).param("email", provider.email()).query(Long.class).single();
        return new TestMember(provider.id(), memberId, provider.email(), TeamRole.OWNER);
    }

    /** Names the member as the one who serves the booking (booking.staff_member_id). */
    public void assignStaff(long bookingId, TestMember staff) {
        int updated = jdbc.sql("UPDATE booking SET staff_member_id = :member WHERE id = :id AND provider_id = :provider")
                .param("member", staff.memberId()).param("id", bookingId).param("provider", staff.providerId())
                .update();
        if (updated != 1) {
            throw new IllegalArgumentException("No booking " + bookingId + " in business " + staff.providerId());
        }
    }

    public <T> T as(TestMember member, Supplier<T> work) {
        return as(member.login(), work);
    }

    public void as(TestMember member, Runnable work) {
        as(member.login(), work);
    }

    /**
     * A new API token of the member, as its value. Only owners create tokens through the service,
     * so this stores one for any role the way the demo data does.
     */
    public String apiToken(TestMember member) {
        String token = "clt_test_" + UUID.randomUUID().toString().replace("-", "");
        as(member, () -> apiTokens.ensure("Test " + member.role(), token));
        return token;
    }

    public TestProvider newProvider() {
        return newProvider("Europe/London", "GBP", "GB");
    }

    public TestProvider newProvider(String zone, String currency, String country) {
        String email = "provider" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.example";
        long id = asAdmin(() -> providerAccounts.createProvider(
                new NewProvider("Test business " + SEQUENCE.get(), email, zone, currency, country, PASSWORD))
                .providerId());
        return new TestProvider(id, email);
    }

    public <T> T as(TestProvider provider, Supplier<T> work) {
        return runAs.call(provider.email(), work);
    }

    public void as(TestProvider provider, Runnable work) {
        runAs.run(provider.email(), work);
    }

    public <T> T asAdmin(Supplier<T> work) {
        return runAs.call(DemoAccounts.ADMIN_EMAIL, work);
    }

    /** Logs the account in on this thread until {@link #logout()}, as a request would. */
    public void login(String email) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    /** The account behind a login, for admin actions that take an account id. */
    public long accountId(String email) {
        return ((AppUser) users.loadUserByUsername(email)).accountId();
    }

    /** A new API token of the provider, as its value (each has its own rate-limit bucket). */
    public String apiToken(TestProvider provider) {
        return as(provider, () -> apiTokens.create("Test integration").token());
    }

    /**
     * A new API token of the demo admin, as its value. An account holds at most
     * {@link ApiTokenService#ACTIVE_MAX} active tokens: revoke them after the test with
     * {@link #revokeAdminApiTokens()}.
     */
    public String adminApiToken() {
        return asAdmin(() -> apiTokens.create("Admin test").token());
    }

    /** Revokes every active API token of the demo admin. */
    public void revokeAdminApiTokens() {
        asAdmin(() -> {
            apiTokens.list().stream().filter(ApiTokenSummary::active).forEach(token -> apiTokens.revoke(token.id()));
            return null;
        });
    }

    /**
     * Disables or enables the business of a member's account the way an admin does in the admin
     * console: every member of it at once (SPEC §10).
     */
    public void setEnabled(String email, boolean enabled) {
        long provider = jdbc.sql("SELECT m.provider_id FROM member m JOIN account a ON a.id = m.account_id"
                        + " WHERE a.email = :email AND m.removed_at IS NULL")
                .param("email", email).query(Long.class).single();
        asAdmin(() -> {
            if (enabled) {
                providerAccounts.enableBusiness(provider);
            } else {
                providerAccounts.disableBusiness(provider);
            }
            return null;
        });
    }

    /**
     * Disables one member's own account, as their owner does in the team's management: only the
     * account's flag, the business stays enabled.
     */
    public void disableAccount(TestMember member) {
        int updated = jdbc.sql("UPDATE account SET enabled = FALSE WHERE email = :email")
                .param("email", member.email()).update();
        if (updated != 1) {
            throw new IllegalArgumentException("No account " + member.email());
        }
    }

    /** Books a (new or known) customer; runs as the provider. */
    public BookingRef book(TestProvider provider, String name, String email, BookingStatus status, String price,
            int daysAgo) {
        return as(provider, () -> bookings.create(NewBooking.forNewCustomer(new CustomerContact(name, email, null),
                "Haircut", Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 45,
                new BigDecimal(price), status)));
    }
}
