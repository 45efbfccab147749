package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.ConflictException;
import com.clientele.base.Emails;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Phones;
import com.clientele.base.Sql;
import com.clientele.base.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage accounts here: list and edit providers, disable or enable a business (all its
 * members at once) or an admin, reset a password, lift a lock-out. Every change is audited. Records in, records out, so the admin views
 * and the admin REST API call the same methods.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ProviderAccountService {

    /** Sort keys accepted by {@link #list}, and the columns they sort on. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "businessName", "p.business_name",
            "email", "a.email",
            "lastLoginAt", "a.last_login_at",
            "createdAt", "p.created_at");

    /** Sorts by the counts the customer module keeps ({@link CustomerCounts}), done after reading. */
    private static final Map<String, Comparator<ProviderAccount>> COUNT_SORTS = Map.of(
            "customers", Comparator.comparingLong(ProviderAccount::customers),
            "bookings", Comparator.comparingLong(ProviderAccount::bookings));

    private static final Text EMAIL_TAKEN = Text.of("provider.error.email.taken");

    private final AccountRepository accounts;
    private final ProviderRepository providers;
    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final CustomerCounts customerCounts;
    private final TeamFigures teamFigures;
    private final Clock clock;

    ProviderAccountService(AccountRepository accounts, ProviderRepository providers, MemberRepository members,
            PasswordEncoder passwordEncoder, InputValidator validator, AuditLog auditLog,
            ApplicationEventPublisher events, JdbcClient jdbc, CustomerCounts customerCounts, TeamFigures teamFigures,
            Clock clock) {
        this.accounts = accounts;
        this.providers = providers;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.auditLog = auditLog;
        this.events = events;
        this.jdbc = jdbc;
        this.customerCounts = customerCounts;
        this.teamFigures = teamFigures;
        this.clock = clock;
    }

    /**
     * One page of provider accounts matching the filter; sorted by business name unless told
     * otherwise. Sorting by a count (first sort key only) reads every matching account and orders
     * them here, as the counts belong to the customer module: fine for the thousands of providers
     * a platform has, and the one place to change if it ever has far more.
     */
    @Transactional(readOnly = true)
    public List<ProviderAccount> list(ProviderAccountFilter filter, Pageable pageable) {
        Instant now = clock.instant();
        List<Sort.Order> orders = pageable.getSort().toList();
        Comparator<ProviderAccount> byCount = orders.isEmpty() ? null : countSort(orders.getFirst());
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        where(filter, now, sql, params);
        sql.append(" ORDER BY ").append(orderBy(byCount == null ? orders : orders.subList(1, orders.size())));
        if (byCount == null) {
            sql.append(" LIMIT :limit OFFSET :offset");
            params.put("limit", pageable.getPageSize());
            params.put("offset", pageable.getOffset());
        }
        List<ProviderAccount> accounts = withCounts(jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> account(rs, now)).list());
        if (byCount == null) {
            return accounts;
        }
        // a stable sort: the SQL order above breaks ties between equal counts
        List<ProviderAccount> sorted = accounts.stream().sorted(byCount).toList();
        int from = (int) Math.min(pageable.getOffset(), sorted.size());
        return sorted.subList(from, Math.min(sorted.size(), from + pageable.getPageSize()));
    }

    private static @Nullable Comparator<ProviderAccount> countSort(Sort.Order order) {
        Comparator<ProviderAccount> sort = COUNT_SORTS.get(order.getProperty());
        return sort == null || order.isAscending() ? sort : sort.reversed();
    }

    /** Adds the customer counts and the teams: one grouped statement each for all the accounts given. */
    private List<ProviderAccount> withCounts(List<ProviderAccount> accounts) {
        List<Long> ids = accounts.stream().map(ProviderAccount::providerId).toList();
        Map<Long, CustomerCounts.Counts> counts = customerCounts.of(ids);
        Map<Long, TeamFigures.Team> teams = teamFigures.of(ids);
        return accounts.stream().map(account -> account.withCounts(
                counts.getOrDefault(account.providerId(), CustomerCounts.Counts.NONE),
                teams.getOrDefault(account.providerId(), TeamFigures.Team.NONE))).toList();
    }

    @Transactional(readOnly = true)
    public long count(ProviderAccountFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM provider p JOIN account a ON a.id = p.account_id");
        Map<String, Object> params = new LinkedHashMap<>();
        where(filter, clock.instant(), sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public ProviderAccount provider(long providerId) {
        Instant now = clock.instant();
        return withCounts(jdbc.sql(SELECT + " WHERE p.id = :id").param("id", providerId)
                .query((rs, row) -> account(rs, now)).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("provider.error.not-found"));
    }

    /**
     * Creates a provider account with the admin's password, or with a generated one that is returned
     * this once and must be changed at the first sign-in.
     */
    @Transactional
    public CreatedProvider createProvider(NewProvider request) {
        validator.check(request);
        String email = Emails.normalise(request.email());
        Map<String, Text> errors = new LinkedHashMap<>();
        checkEmail(email, null, errors);
        Profile profile = profile(request.timeZone(), request.currency(), request.country(), errors);
        String password = request.generatePassword() ? Passwords.generate() : request.password();
        if (request.generatePassword() && request.password() != null) {
            errors.put("password", Text.of("provider.error.password.not-both"));
        } else if (request.generatePassword() && !request.passwordChangeRequired()) {
            errors.put("passwordChangeRequired", Text.of("provider.error.password.generated-must-change"));
        } else if (password == null) {
            errors.put("password", Text.of("provider.error.password.required"));
        } else {
            Passwords.problem(password, email).ifPresent(problem -> errors.put("password", problem));
        }
        if (!errors.isEmpty() || password == null) {
            throw new InvalidInputException(errors);
        }
        String hash = passwordEncoder.encode(password);
        Account account = new Account(email, hash, Role.PROVIDER, clock.instant());
        account.changePassword(hash, request.passwordChangeRequired());
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw emailTaken(); // created by someone else since the check above
        }
        String businessName = request.businessName().strip();
        Provider provider = providers.saveAndFlush(new Provider(account, businessName, profile.zone(),
                profile.currency(), profile.country(), clock.instant()));
        // the account the admin creates is the business's first owner (SPEC §10)
        members.save(new Member(provider.getId(), account.getId(), businessName, email, TeamRole.OWNER,
                clock.instant()));
        auditLog.record(AuditAction.PROVIDER_CREATED, email, businessName);
        return new CreatedProvider(provider.getId(), request.generatePassword() ? password : null);
    }

    /**
     * Changes a provider's business details and login e-mail. A new e-mail signs the provider out
     * everywhere: they sign in again with the new address.
     */
    @Transactional
    public ProviderAccount updateProvider(long providerId, ProviderChanges changes) {
        validator.check(changes);
        Provider provider = providers.findById(providerId).orElseThrow(() -> new NotFoundException("provider.error.not-found"));
        Account account = lockedAccount(provider.getAccount().getId());
        String email = Emails.normalise(changes.email());
        Map<String, Text> errors = new LinkedHashMap<>();
        checkEmail(email, account.getId(), errors);
        Profile profile = profile(changes.timeZone(), changes.currency(), changes.country(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String businessName = changes.businessName().strip();
        List<String> changed = new ArrayList<>();
        describe(changed, "Business name", provider.getBusinessName(), businessName);
        describe(changed, "E-mail", account.getEmail(), email);
        describe(changed, "Time zone", provider.getTimeZone().getId(), profile.zone().getId());
        describe(changed, "Currency", provider.getCurrency().getCurrencyCode(), profile.currency().getCurrencyCode());
        describe(changed, "Country", provider.getCountry(), profile.country());
        if (!changed.isEmpty()) {
            boolean emailChanged = !account.getEmail().equals(email);
            provider.update(businessName, profile.zone(), profile.currency(), profile.country());
            account.setEmail(email);
            try {
                accounts.saveAndFlush(account);
            } catch (DataIntegrityViolationException e) {
                throw emailTaken();
            }
            auditLog.record(AuditAction.PROVIDER_UPDATED, email, String.join("; ", changed));
            if (emailChanged) {
                events.publishEvent(new AccountCredentialsChanged(account.getId()));
            }
        }
        return provider(providerId);
    }

    /**
     * Disables the business: none of its members can sign in or use an API token any more, and
     * their open sessions end (SPEC §10). The members' own accounts are left as they are, so
     * {@link #enableBusiness} gives each back exactly the state they had. One audit entry names the
     * business and how many members were signed out. Disabling a disabled business changes nothing.
     */
    @Transactional
    public void disableBusiness(long providerId) {
        Provider provider = lockedProvider(providerId);
        if (!provider.isEnabled()) {
            return;
        }
        provider.setEnabled(false);
        List<Long> signedOut = enabledMemberAccounts(providerId);
        auditLog.record(AuditAction.PROVIDER_DISABLED, provider.getAccount().getEmail(), "Business "
                + provider.getBusinessName() + " disabled; " + signedOut.size() + " member"
                + (signedOut.size() == 1 ? "" : "s") + " signed out, sign-in and API tokens refused");
        signedOut.forEach(accountId -> events.publishEvent(new AccountDisabled(accountId)));
    }

    /** Lets the business's members in again, each as they were before; enabling an enabled business changes nothing. */
    @Transactional
    public void enableBusiness(long providerId) {
        Provider provider = lockedProvider(providerId);
        if (provider.isEnabled()) {
            return;
        }
        provider.setEnabled(true);
        auditLog.record(AuditAction.PROVIDER_ENABLED, provider.getAccount().getEmail(),
                "Business " + provider.getBusinessName() + " enabled");
    }

    /** The accounts of the business's members that can sign in on their own: those an owner has not disabled. */
    private List<Long> enabledMemberAccounts(long providerId) {
        return jdbc.sql("""
                        SELECT m.account_id FROM member m JOIN account a ON a.id = m.account_id
                        WHERE m.provider_id = :provider AND m.removed_at IS NULL AND a.enabled ORDER BY m.account_id""")
                .param("provider", providerId).query(Long.class).list();
    }

    /**
     * Stops an admin from signing in and ends their open sessions. The last enabled admin cannot
     * be disabled: the platform would have nobody left to run it. A provider's account is not an
     * admin's: its business is disabled with {@link #disableBusiness}.
     */
    @Transactional
    public void disableAdmin(long accountId) {
        Account account = lockedAdmin(accountId);
        if (!account.isEnabled()) {
            return;
        }
        List<Account> enabledAdmins = accounts.lockEnabled(Role.ADMIN);
        if (enabledAdmins.size() <= 1) {
            throw new ConflictException("provider.error.last-admin");
        }
        account.setEnabled(false);
        auditLog.record(AuditAction.ADMIN_DISABLED, account.getEmail(), "Sign-in blocked; open sessions ended");
        events.publishEvent(new AccountDisabled(accountId));
    }

    @Transactional
    public void enableAdmin(long accountId) {
        Account account = lockedAdmin(accountId);
        if (account.isEnabled()) {
            return;
        }
        account.setEnabled(true);
        auditLog.record(AuditAction.ADMIN_ENABLED, account.getEmail(), null);
    }

    /**
     * Replaces the password with a generated one that the account holder must change at the next
     * sign-in, lifts a running lock-out and ends the account's open sessions.
     *
     * @return the generated password: show it once, it is stored only as a hash
     */
    @Transactional
    public String resetPassword(long accountId) {
        Account account = lockedAccount(accountId);
        String password = Passwords.generate();
        account.changePassword(passwordEncoder.encode(password), true);
        boolean wasLocked = account.isLockedAt(clock.instant());
        account.unlock();
        auditLog.record(AuditAction.PASSWORD_RESET, account.getEmail(),
                "Must change at next sign-in" + (wasLocked ? "; lock-out lifted" : ""));
        events.publishEvent(new AccountCredentialsChanged(accountId));
        return password;
    }

    /** Lifts a lock-out after too many failed logins; does nothing to an account that is not locked. */
    @Transactional
    public void unlock(long accountId) {
        Account account = lockedAccount(accountId);
        if (!account.isLockedAt(clock.instant())) {
            return;
        }
        account.unlock();
        auditLog.record(AuditAction.ACCOUNT_UNLOCKED, account.getEmail(), null);
    }

    private Account lockedAccount(long accountId) {
        return accounts.findForUpdate(accountId).orElseThrow(() -> new NotFoundException("provider.error.account-not-found"));
    }

    private Account lockedAdmin(long accountId) {
        Account account = lockedAccount(accountId);
        if (account.getRole() != Role.ADMIN) {
            throw new NotFoundException("provider.error.account-not-found");
        }
        return account;
    }

    private Provider lockedProvider(long providerId) {
        return providers.findForUpdate(providerId).orElseThrow(() -> new NotFoundException("provider.error.not-found"));
    }

    private void checkEmail(String email, Long ownAccountId, Map<String, Text> errors) {
        if (!Emails.isValid(email)) {
            errors.put("email", Text.of("error.email.invalid"));
            return;
        }
        accounts.findByEmail(email).filter(other -> !other.getId().equals(ownAccountId))
                .ifPresent(other -> errors.put("email", EMAIL_TAKEN));
    }

    private static InvalidInputException emailTaken() {
        return new InvalidInputException("email", EMAIL_TAKEN);
    }

    private record Profile(ZoneId zone, Currency currency, String country) {
    }

    private static Profile profile(String zoneId, String currencyCode, String countryCode, Map<String, Text> errors) {
        ZoneId zone = null;
        try {
            if (ZoneId.getAvailableZoneIds().contains(zoneId.strip())) {
                zone = ZoneId.of(zoneId.strip());
            }
        } catch (DateTimeException ignored) {
            // reported below
        }
        if (zone == null) {
            errors.put("timeZone", Text.of("provider.error.time-zone.unknown"));
        }
        Currency currency = null;
        try {
            currency = Currency.getInstance(currencyCode.strip().toUpperCase(Locale.ROOT));
            if (!Currencies.isCurrent(currency.getCurrencyCode())) {
                errors.put("currency", Text.of("provider.error.currency.withdrawn", currency.getCurrencyCode()));
                currency = null;
            }
        } catch (IllegalArgumentException e) {
            errors.put("currency", Text.of("provider.error.currency.unknown"));
        }
        String country = countryCode.strip().toUpperCase(Locale.ROOT);
        if (!Phones.isKnownRegion(country)) {
            errors.put("country", Text.of("provider.error.country.unknown"));
        }
        return new Profile(zone, currency, country);
    }

    private static void describe(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }

    private static final String SELECT = """
            SELECT p.id AS provider_id, a.id AS account_id, p.business_name, a.email, p.time_zone, p.currency,
                   p.country, a.last_login_at, p.created_at, p.enabled, a.locked_until, a.password_change_required
            FROM provider p JOIN account a ON a.id = p.account_id""";

    private static void where(ProviderAccountFilter filter, Instant now, StringBuilder sql,
            Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        String search = filter.searchText();
        if (search != null) {
            if (search.length() > ProviderAccountFilter.SEARCH_MAX) {
                throw new InvalidInputException("search", "error.text.too-long", ProviderAccountFilter.SEARCH_MAX);
            }
            // business_name compares case-insensitively; e-mails are stored in lower case
            conditions.add("(p.business_name LIKE :name OR a.email LIKE :email)");
            params.put("name", Sql.containsPattern(search));
            params.put("email", Sql.containsPattern(search.toLowerCase(Locale.ROOT)));
        }
        if (filter.status() != null) {
            // as AccountStatus.of: the business's flag, then the sign-in account's lock-out
            conditions.add(switch (filter.status()) {
                case ENABLED -> "p.enabled AND (a.locked_until IS NULL OR a.locked_until <= :now)";
                case LOCKED -> "p.enabled AND a.locked_until > :now";
                case DISABLED -> "NOT p.enabled";
            });
            if (filter.status() != AccountStatus.DISABLED) {
                params.put("now", Sql.param(now));
            }
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
    }

    private static String orderBy(List<Sort.Order> orders) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : orders) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column == null) {
                throw new InvalidInputException("sort", COUNT_SORTS.containsKey(order.getProperty())
                        ? Text.of("provider.error.sort.first-only", order.getProperty())
                        : Text.of("provider.error.sort.unknown", order.getProperty()));
            }
            terms.add(column + (order.isAscending() ? " ASC" : " DESC"));
        }
        if (terms.isEmpty()) {
            terms.add("p.business_name ASC");
        }
        terms.add("p.id ASC"); // a stable order for paging
        return String.join(", ", terms);
    }

    private static ProviderAccount account(ResultSet rs, Instant now) throws SQLException {
        Instant lockedUntil = Sql.instant(rs, "locked_until");
        return new ProviderAccount(rs.getLong("provider_id"), rs.getLong("account_id"), rs.getString("business_name"),
                rs.getString("email"), rs.getString("time_zone"), rs.getString("currency"), rs.getString("country"),
                0, 0, 0, List.of(), Sql.instant(rs, "last_login_at"),
                Sql.instant(rs, "created_at"), AccountStatus.of(rs.getBoolean("enabled"), lockedUntil, now),
                lockedUntil, rs.getBoolean("password_change_required"));
    }
}
