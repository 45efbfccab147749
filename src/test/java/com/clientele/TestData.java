package com.clientele;

import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.ApiTokenSummary;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.NewProvider;
import com.clientele.provider.ProviderAccountService;
import com.clientele.security.AppUser;
import com.clientele.security.RunAs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;
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

    TestData(RunAs runAs, ProviderAccountService providerAccounts, BookingService bookings, UserDetailsService users,
            ApiTokenService apiTokens) {
        this.runAs = runAs;
        this.providerAccounts = providerAccounts;
        this.bookings = bookings;
        this.users = users;
        this.apiTokens = apiTokens;
    }

    public record TestProvider(long id, String email) {
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

    /** Disables or enables an account the way an admin does in the admin console. */
    public void setEnabled(String email, boolean enabled) {
        long account = accountId(email);
        asAdmin(() -> {
            if (enabled) {
                providerAccounts.enable(account);
            } else {
                providerAccounts.disable(account);
            }
            return null;
        });
    }

    /** Books a (new or known) customer; runs as the provider. */
    public BookingRef book(TestProvider provider, String name, String email, BookingStatus status, String price,
            int daysAgo) {
        return as(provider, () -> bookings.create(NewBooking.forNewCustomer(new CustomerContact(name, email, null),
                "Haircut", Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 45,
                new BigDecimal(price), status)));
    }
}
