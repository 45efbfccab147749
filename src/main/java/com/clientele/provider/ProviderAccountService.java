package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Emails;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Phones;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins manage provider accounts here. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ProviderAccountService {

    private final AccountRepository accounts;
    private final ProviderRepository providers;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    ProviderAccountService(AccountRepository accounts, ProviderRepository providers, PasswordEncoder passwordEncoder,
            InputValidator validator, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.providers = providers;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** @return the new provider's id */
    @Transactional
    public long createProvider(NewProvider request) {
        validator.check(request);
        String email = Emails.normalise(request.email());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Emails.isValid(email)) {
            errors.put("email", "Enter a valid e-mail address, like name@example.com");
        } else if (accounts.existsByEmail(email)) {
            errors.put("email", "An account with this e-mail already exists");
        }
        ZoneId zone = zone(request.timeZone(), errors);
        Currency currency = currency(request.currency(), errors);
        String country = request.country().strip().toUpperCase(Locale.ROOT);
        if (!Phones.isKnownRegion(country)) {
            errors.put("country", "Unknown country code");
        }
        Passwords.problem(request.password(), email).ifPresent(problem -> errors.put("password", problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = accounts.save(new Account(email, passwordEncoder.encode(request.password()), Role.PROVIDER,
                clock.instant()));
        Provider provider = providers.save(new Provider(account, request.businessName().strip(), zone, currency, country,
                clock.instant()));
        auditLog.record(AuditAction.PROVIDER_CREATED, email, request.businessName().strip());
        return provider.getId();
    }

    private static ZoneId zone(String id, Map<String, String> errors) {
        try {
            if (ZoneId.getAvailableZoneIds().contains(id)) {
                return ZoneId.of(id);
            }
        } catch (DateTimeException ignored) {
            // reported below
        }
        errors.put("timeZone", "Unknown time zone");
        return null;
    }

    private static Currency currency(String code, Map<String, String> errors) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("currency", "Unknown currency code");
            return null;
        }
    }
}
