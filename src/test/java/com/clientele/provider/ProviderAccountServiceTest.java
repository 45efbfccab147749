package com.clientele.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditFilter;
import com.clientele.audit.AuditRecord;
import com.clientele.audit.AuditTrail;
import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingStatus;
import com.clientele.demo.DemoAccounts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin operations on provider accounts: their rules, their bad input and their audit trail. */
@IntegrationTest
class ProviderAccountServiceTest {

    @Autowired
    TestData data;
    @Autowired
    ProviderAccountService service;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loginAsAdmin() {
        data.login(DemoAccounts.ADMIN_EMAIL);
    }

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void createStoresTheProviderWithANormalisedEmailAndAuditsIt() {
        String email = "New.Salon-" + System.nanoTime() + "@Example.COM";

        long id = service.createProvider(new NewProvider("  New Salon  ", email, "Europe/Berlin", "eur", "de",
                "initial-pass-123", true)).providerId();

        ProviderAccount created = service.provider(id);
        assertThat(created.email()).isEqualTo(email.toLowerCase());
        assertThat(created.businessName()).isEqualTo("New Salon");
        assertThat(created.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(created.currency()).isEqualTo("EUR");
        assertThat(created.country()).isEqualTo("DE");
        assertThat(created.status()).isEqualTo(AccountStatus.ENABLED);
        assertThat(created.passwordChangeRequired()).isTrue();
        assertThat(created.customers()).isZero();
        assertThat(passwordEncoder.matches("initial-pass-123", users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(audits(created.email())).extracting(AuditRecord::action).containsExactly(AuditAction.PROVIDER_CREATED);
        assertThat(audits(created.email()).getFirst().actor()).isEqualTo(DemoAccounts.ADMIN_EMAIL);
    }

    @Test
    void duplicateEmailInAnotherCaseIsRefusedAndNothingIsWritten() {
        TestProvider existing = data.newProvider();
        long before = providerCount();

        assertThatThrownBy(() -> service.createProvider(new NewProvider("Copycat", existing.email().toUpperCase(),
                "Europe/London", "GBP", "GB", "another-pass-123")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.fields(e))
                        .containsEntry("email", "An account with this e-mail already exists"));
        assertThat(providerCount()).isEqualTo(before);
    }

    @Test
    void badInputGivesAnErrorPerFieldAndWritesNothing() {
        long before = providerCount();

        assertThatThrownBy(() -> service.createProvider(new NewProvider("Bad", "not-an-email", "Mars/Olympus",
                "XYZ", "QQ", "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.fields(e))
                        .containsOnlyKeys("email", "timeZone", "currency", "country", "password"));
        assertThatThrownBy(() -> service.createProvider(new NewProvider("Weak", "weak-" + System.nanoTime()
                + "@example.com", "Europe/London", "GBP", "GB", "onlyletterspassword")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.fields(e))
                        .containsOnlyKeys("password"));
        assertThatThrownBy(() -> service.createProvider(new NewProvider(" ", null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.fields(e))
                        .containsKeys("businessName", "email", "timeZone", "currency", "country"));
        assertThat(providerCount()).isEqualTo(before);
    }

    @Test
    void listSearchesFiltersAndCountsInSqlWithoutCustomerData() {
        TestProvider provider = data.newProvider();
        data.book(provider, "Ada Count", "ada-" + provider.id() + "@example.com", BookingStatus.COMPLETED, "10.00", 3);
        data.book(provider, "Ada Count", "ada-" + provider.id() + "@example.com", BookingStatus.CONFIRMED, "10.00", 1);
        data.book(provider, "Bo Count", "bo-" + provider.id() + "@example.com", BookingStatus.CANCELLED, "10.00", 2);
        data.login(DemoAccounts.ADMIN_EMAIL);

        List<ProviderAccount> found = service.list(new ProviderAccountFilter(provider.email().toUpperCase(), null),
                PageRequest.of(0, 10));

        assertThat(found).singleElement().satisfies(account -> {
            assertThat(account.providerId()).isEqualTo(provider.id());
            assertThat(account.customers()).isEqualTo(2);
            assertThat(account.bookings()).as("bookings not cancelled").isEqualTo(2);
        });
        assertThat(service.count(new ProviderAccountFilter(provider.email(), AccountStatus.ENABLED))).isEqualTo(1);
        assertThat(service.count(new ProviderAccountFilter(provider.email(), AccountStatus.DISABLED))).isZero();
        assertThat(service.list(new ProviderAccountFilter("Test business", null),
                PageRequest.of(0, 500, Sort.by(Sort.Order.desc("customers"))))).extracting(ProviderAccount::customers)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThatThrownBy(() -> service.list(ProviderAccountFilter.ALL, PageRequest.of(0, 10, Sort.by("notes"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void updateChangesTheDetailsAndAuditsWhatChanged() {
        TestProvider provider = data.newProvider();
        String newEmail = "renamed-" + provider.id() + "@example.com";

        ProviderAccount updated = service.updateProvider(provider.id(),
                new ProviderChanges("Renamed Studio", newEmail, "America/New_York", "USD", "US"));

        assertThat(updated.businessName()).isEqualTo("Renamed Studio");
        assertThat(updated.email()).isEqualTo(newEmail);
        assertThat(updated.timeZone()).isEqualTo("America/New_York");
        assertThat(directory.profile(provider.id()).currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(audits(newEmail)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PROVIDER_UPDATED);
            assertThat(entry.details()).contains("E-mail: " + provider.email() + " → " + newEmail)
                    .contains("Time zone: Europe/London → America/New_York").contains("Currency: GBP → USD");
        });
    }

    @Test
    void updateToAnotherAccountsEmailIsRefused() {
        TestProvider first = data.newProvider();
        TestProvider second = data.newProvider();

        assertThatThrownBy(() -> service.updateProvider(second.id(),
                new ProviderChanges("Second", first.email(), "Europe/London", "GBP", "GB")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.fields(e)).containsKey("email"));
        assertThat(service.provider(second.id()).email()).isEqualTo(second.email());
    }

    @Test
    void eachBusinessShowsItsMemberCountAndItsEnabledOwnersButNoCustomers() {
        TestProvider provider = data.newProvider();
        TestMember second = data.newMember(provider, TeamRole.OWNER);
        jdbc.sql("UPDATE member SET name = ? WHERE id = ?").params("Ada \"Al\" O'Neil, Zoë", second.memberId()).update();
        data.newMember(provider, TeamRole.STAFF);
        data.disableAccount(data.newMember(provider, TeamRole.OWNER));
        TestMember removed = data.newMember(provider, TeamRole.MANAGER);
        jdbc.sql("UPDATE member SET removed_at = NOW(6), account_id = NULL WHERE id = ?").param(removed.memberId())
                .update();
        TestProvider alone = data.newProvider();
        data.book(provider, "Carla Customer", null, BookingStatus.COMPLETED, "30.00", 3);

        ProviderAccount account = service.provider(provider.id());

        assertThat(account.members()).as("owner, second owner, staff and the disabled owner; not the removed one")
                .isEqualTo(4);
        assertThat(account.owners()).as("the enabled owners by name").containsExactly(
                new ProviderAccount.Owner("Ada \"Al\" O'Neil, Zoë", second.email()),
                new ProviderAccount.Owner(account.businessName(), provider.email()));
        assertThat(account.customers()).isEqualTo(1);
        assertThat(account.toString()).doesNotContain("Carla");
        assertThat(service.list(new ProviderAccountFilter(provider.email(), null), PageRequest.of(0, 10)))
                .singleElement().isEqualTo(account);
        ProviderAccount single = service.provider(alone.id());
        assertThat(single.members()).isEqualTo(1);
        assertThat(single.owners()).extracting(ProviderAccount.Owner::email).containsExactly(alone.email());
    }

    @Test
    void disablingABusinessRefusesEveryMemberAndEnablingItRestoresEachMembersOwnState() {
        TestProvider provider = data.newProvider();
        TestMember staff = data.newMember(provider, TeamRole.STAFF);
        TestMember disabledByOwner = data.newMember(provider, TeamRole.MANAGER);
        data.disableAccount(disabledByOwner);
        TestProvider other = data.newProvider();

        service.disableBusiness(provider.id());
        service.disableBusiness(provider.id());

        for (String email : List.of(provider.email(), staff.email(), disabledByOwner.email())) {
            assertThat(users.loadUserByUsername(email).isEnabled()).as(email).isFalse();
            assertThat(directory.findEnabledAccount(data.accountId(email))).as("the API token check").isEmpty();
        }
        assertThat(directory.isEnabled(data.accountId(other.email()))).as("another business").isTrue();
        assertThat(service.count(new ProviderAccountFilter(provider.email(), AccountStatus.DISABLED))).isEqualTo(1);
        assertThat(service.count(new ProviderAccountFilter(provider.email(), AccountStatus.ENABLED))).isZero();
        assertThat(audits(provider.email())).extracting(AuditRecord::action).as("disabling twice is audited once")
                .containsExactly(AuditAction.PROVIDER_DISABLED, AuditAction.PROVIDER_CREATED);
        assertThat(audits(provider.email()).getFirst().details()).contains(service.provider(provider.id()).businessName(),
                "2 members signed out");

        service.enableBusiness(provider.id());

        assertThat(users.loadUserByUsername(provider.email()).isEnabled()).isTrue();
        assertThat(users.loadUserByUsername(staff.email()).isEnabled()).isTrue();
        assertThat(users.loadUserByUsername(disabledByOwner.email()).isEnabled())
                .as("the member their owner disabled stays disabled").isFalse();
        assertThat(service.count(new ProviderAccountFilter(provider.email(), AccountStatus.ENABLED))).isEqualTo(1);
    }

    @Test
    void aProvidersAccountIsNotDisabledAsAnAdmin() {
        TestProvider provider = data.newProvider();

        assertThatThrownBy(() -> service.disableAdmin(data.accountId(provider.email())))
                .isInstanceOf(NotFoundException.class);

        assertThat(directory.isEnabled(data.accountId(provider.email()))).isTrue();
    }

    @Test
    void disabledProviderCannotSignInUntilEnabledAgain() {
        TestProvider provider = data.newProvider();
        long accountId = data.accountId(provider.email());

        service.disableBusiness(provider.id());

        assertThat(users.loadUserByUsername(provider.email()).isEnabled()).isFalse();
        assertThat(directory.isEnabled(accountId)).as("what the API token filter checks").isFalse();
        assertThat(service.provider(provider.id()).status()).isEqualTo(AccountStatus.DISABLED);

        service.enableBusiness(provider.id());

        assertThat(users.loadUserByUsername(provider.email()).isEnabled()).isTrue();
        assertThat(directory.isEnabled(accountId)).isTrue();
        assertThat(audits(provider.email())).extracting(AuditRecord::action).containsExactly(
                AuditAction.PROVIDER_ENABLED, AuditAction.PROVIDER_DISABLED, AuditAction.PROVIDER_CREATED);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabled() {
        long adminId = data.accountId(DemoAccounts.ADMIN_EMAIL);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND enabled").query(Long.class).single())
                .as("the demo admin is the only admin of the test database").isEqualTo(1);

        assertThatThrownBy(() -> service.disableAdmin(adminId)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(English.of(e)).contains("last enabled admin"));

        assertThat(directory.isEnabled(adminId)).isTrue();
    }

    @Test
    void anAdminCanBeDisabledWhileAnotherAdminRemainsEnabled() {
        String second = "second-admin-" + System.nanoTime() + "@test.example";
        jdbc.sql("INSERT INTO account (email, password_hash, role, enabled, created_at) VALUES (?, ?, 'ADMIN', TRUE, NOW(6))")
                .params(second, passwordEncoder.encode("second-admin-123")).update();
        long secondId = data.accountId(second);

        service.disableAdmin(secondId);
        assertThat(directory.isEnabled(secondId)).isFalse();
        service.enableAdmin(secondId);
        assertThat(directory.isEnabled(secondId)).isTrue();
        service.disableAdmin(secondId);

        assertThat(directory.isEnabled(secondId)).isFalse();
        assertThat(audits(second)).extracting(AuditRecord::action).containsExactly(AuditAction.ADMIN_DISABLED,
                AuditAction.ADMIN_ENABLED, AuditAction.ADMIN_DISABLED);
    }

    @Test
    void resetPasswordGeneratesOneThatMustBeChangedAndLiftsALockOut() {
        TestProvider provider = data.newProvider();
        long accountId = data.accountId(provider.email());
        lockOut(provider.email());

        String password = service.resetPassword(accountId);

        UserDetails user = users.loadUserByUsername(provider.email());
        assertThat(Passwords.problem(password, provider.email())).isEmpty();
        assertThat(passwordEncoder.matches(password, user.getPassword())).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, user.getPassword())).isFalse();
        assertThat(user.isAccountNonLocked()).isTrue();
        ProviderAccount account = service.provider(provider.id());
        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.ENABLED);
        assertThat(audits(provider.email()).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PASSWORD_RESET);
            assertThat(entry.details()).contains("lock-out lifted");
            assertThat(entry.details()).doesNotContain(password);
        });
    }

    @Test
    void unlockLiftsALockOutAndIsAudited() {
        TestProvider provider = data.newProvider();
        lockOut(provider.email());
        assertThat(service.provider(provider.id()).status()).isEqualTo(AccountStatus.LOCKED);
        assertThat(service.count(new ProviderAccountFilter(provider.email(), AccountStatus.LOCKED))).isEqualTo(1);

        service.unlock(data.accountId(provider.email()));

        assertThat(service.provider(provider.id()).status()).isEqualTo(AccountStatus.ENABLED);
        assertThat(users.loadUserByUsername(provider.email()).isAccountNonLocked()).isTrue();
        assertThat(audits(provider.email())).extracting(AuditRecord::action).startsWith(AuditAction.ACCOUNT_UNLOCKED,
                AuditAction.ACCOUNT_LOCKED);
    }

    private void lockOut(String email) {
        for (int i = 0; i < 5; i++) {
            directory.recordFailedLogin(email);
        }
        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isFalse();
    }

    private List<AuditRecord> audits(String target) {
        return auditTrail.list(new AuditFilter(null, null, target, Instant.now().minus(1, ChronoUnit.HOURS), null),
                PageRequest.of(0, 50)).stream().filter(entry -> target.equals(entry.target()))
                .filter(entry -> entry.action() != AuditAction.LOGIN_FAILED).toList();
    }

    private long providerCount() {
        return jdbc.sql("SELECT COUNT(*) FROM provider").query(Long.class).single();
    }
}
