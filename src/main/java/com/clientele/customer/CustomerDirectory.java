package com.clientele.customer;

import com.clientele.base.Emails;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Phones;
import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or creates the current provider's customers and locks their relation rows for writers
 * (bookings, reviews, imports). Writers then call {@link #refreshFigures} before they commit.
 *
 * <p>Plain SQL on purpose: get-or-create must survive two writers creating the same customer at
 * once, and the row lock must be taken before anything is read.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerDirectory {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;
    private final RelationFigures figures;
    private final InputValidator validator;
    private final Clock clock;

    CustomerDirectory(JdbcClient jdbc, CurrentUser currentUser, ProviderDirectory providers, RelationFigures figures,
            InputValidator validator, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.providers = providers;
        this.figures = figures;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * The relation with the customer described, created when the provider has none yet. Matches the
     * customer on normalised e-mail, else (without e-mail) on the phone number among this
     * provider's customers.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedRelation lockOrCreate(CustomerContact contact) {
        long providerId = currentUser.providerId();
        NormalisedContact normalised = normalise(validator.check(contact), providers.profile(providerId).country());
        Long customerId = normalised.email() != null
                ? customerIdByEmail(normalised)
                : relatedCustomerIdByPhone(providerId, normalised.phone()).orElse(null);
        if (customerId == null) {
            customerId = insertCustomer(normalised);
        }
        Optional<LockedRelation> existing = lockRelation(providerId, customerId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            insertRelation(providerId, customerId, normalised);
            return lockRelation(providerId, customerId).map(LockedRelation::asCreated).orElseThrow();
        } catch (DuplicateKeyException createdMeanwhile) {
            return lockRelation(providerId, customerId).orElseThrow();
        }
    }

    /** The relation with an existing customer of the current provider. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedRelation lock(long customerId) {
        return lockRelation(currentUser.providerId(), customerId).orElseThrow(() -> new NotFoundException("Customer"));
    }

    /** The e-mail address the current provider has for this customer, if any. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long customerId) {
        return jdbc.sql("SELECT email FROM provider_customer WHERE provider_id = :provider AND customer_id = :customer")
                .param("provider", currentUser.providerId()).param("customer", customerId)
                .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    /** Recomputes the SPEC 3 figures of these customers of the current provider. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshFigures(Collection<Long> customerIds) {
        figures.recompute(currentUser.providerId(), customerIds);
    }

    private Long customerIdByEmail(NormalisedContact contact) {
        Optional<Long> found = jdbc.sql("SELECT id FROM customer WHERE email = :email")
                .param("email", contact.email()).query(Long.class).optional();
        return found.orElse(null);
    }

    private Optional<Long> relatedCustomerIdByPhone(long providerId, String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT customer_id FROM provider_customer WHERE provider_id = :provider AND phone = :phone"
                        + " ORDER BY id LIMIT 1")
                .param("provider", providerId).param("phone", phone).query(Long.class).optional();
    }

    private long insertCustomer(NormalisedContact contact) {
        try {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO customer (full_name, email, phone, created_at) VALUES (:name, :email, :phone, :now)")
                    .param("name", contact.name()).param("email", contact.email()).param("phone", contact.phone())
                    .param("now", Sql.param(clock.instant()))
                    .update(keys);
            return keys.getKey().longValue();
        } catch (DuplicateKeyException createdMeanwhile) {
            return customerIdByEmail(contact);
        }
    }

    private void insertRelation(long providerId, long customerId, NormalisedContact contact) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO provider_customer (provider_id, customer_id, name, email, phone, search_text,
                    created_at, updated_at)
                VALUES (:provider, :customer, :name, :email, :phone, :search, :now, :now)""")
                .param("provider", providerId).param("customer", customerId)
                .param("name", contact.name()).param("email", contact.email()).param("phone", contact.phone())
                .param("search", contact.searchText()).param("now", Sql.param(now))
                .update();
    }

    private Optional<LockedRelation> lockRelation(long providerId, long customerId) {
        return jdbc.sql("SELECT id, customer_id, name, blocked, blocked_reason FROM provider_customer"
                        + " WHERE provider_id = :provider AND customer_id = :customer FOR UPDATE")
                .param("provider", providerId).param("customer", customerId)
                .query((rs, row) -> new LockedRelation(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"),
                        rs.getBoolean("blocked"), rs.getString("blocked_reason"), false))
                .optional();
    }

    static NormalisedContact normalise(CustomerContact contact, String region) {
        String email = Emails.normalise(contact.email());
        if (email != null && !Emails.isValid(email)) {
            throw new InvalidInputException("email", "Enter a valid e-mail address, like name@example.com");
        }
        String phone;
        try {
            phone = Phones.normalise(contact.phone(), region).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phone", "Enter a valid phone number, like +44 20 7946 0958");
        }
        return new NormalisedContact(contact.name().strip(), email, phone);
    }

    record NormalisedContact(String name, String email, String phone) {

        String searchText() {
            String text = String.join(" ", name, email == null ? "" : email, Phones.searchDigits(phone)).strip();
            return text.length() <= 600 ? text : text.substring(0, 600);
        }
    }
}
