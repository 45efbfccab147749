package com.clientele.customer;

import com.clientele.base.Chunks;
import com.clientele.base.Emails;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Phones;
import com.clientele.base.Sql;
import com.clientele.base.Text;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or creates the current provider's customers and locks their relation rows for writers
 * (bookings, reviews, imports). Writers then call {@link #storeFigures} before they commit. New
 * relations are announced as {@link CustomersCreated}, in the creating transaction.
 *
 * <p>Plain SQL on purpose: get-or-create must survive two writers creating the same customer at
 * once, and the row lock must be taken before anything is read.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerDirectory {

    /** Relations named by one {@link CustomersCreated} (changeset 0008 stores up to 4,000 characters). */
    static final int CREATED_PER_EVENT = 150;

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;
    private final RelationFigures figures;
    private final InputValidator validator;
    private final Clock clock;
    private final CustomerAccess access;
    private final ApplicationEventPublisher publisher;

    CustomerDirectory(JdbcClient jdbc, JdbcTemplate batchJdbc, CurrentUser currentUser, ProviderDirectory providers,
            RelationFigures figures, InputValidator validator, Clock clock, CustomerAccess access,
            ApplicationEventPublisher publisher) {
        this.access = access;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
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
        Optional<Long> survivor = survivorsOf(providerId, List.of(customerId)).values().stream().findFirst();
        if (survivor.isPresent()) {
            // merged into another customer of this business (SPEC 12): book onto the survivor
            return lockRelation(providerId, survivor.get()).orElseThrow();
        }
        try {
            insertRelation(providerId, customerId, normalised);
            LockedRelation created = lockRelation(providerId, customerId).map(LockedRelation::asCreated).orElseThrow();
            publisher.publishEvent(new CustomersCreated(providerId, List.of(created.relationId()), clock.instant()));
            return created;
        } catch (DuplicateKeyException createdMeanwhile) {
            return lockRelation(providerId, customerId).orElseThrow();
        }
    }

    /**
     * {@link #lockOrCreate} for many contacts at once, for imports: the same matching (e-mail, else
     * phone among this provider's customers, earlier contacts of the list included), but the lookups,
     * the new relations and the row locks go in a few statements per thousand contacts instead of
     * five per contact. The result is in the order of {@code contacts}; contacts that name the same
     * customer get the same relation.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LockedRelation> lockOrCreateAll(List<CustomerContact> contacts) {
        long providerId = currentUser.providerId();
        String region = providers.profile(providerId).country();
        List<NormalisedContact> normalised = contacts.stream()
                .map(contact -> normalise(validator.check(contact), region)).toList();
        Map<String, Long> byEmail = customerIdsByEmail(normalised.stream().map(NormalisedContact::email)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, Long> byPhone = relatedCustomerIdsByPhone(providerId, normalised.stream()
                .filter(contact -> contact.email() == null && contact.phone() != null)
                .map(NormalisedContact::phone).distinct().toList());
        Set<Long> related = relatedCustomerIds(providerId, byEmail.values());
        // customers merged into another of this business (SPEC 12) are booked onto the survivor
        List<Long> unrelated = new ArrayList<>(byEmail.values().stream()
                .filter(customerId -> !related.contains(customerId)).toList());
        unrelated.addAll(byPhone.values());
        Map<Long, Long> survivors = survivorsOf(providerId, unrelated);
        byEmail.replaceAll((email, customerId) -> survivors.getOrDefault(customerId, customerId));
        byPhone.replaceAll((phone, customerId) -> survivors.getOrDefault(customerId, customerId));
        related.addAll(survivors.values());
        related.addAll(byPhone.values());
        List<Long> customerIds = new ArrayList<>(normalised.size());
        Map<Long, NormalisedContact> newRelations = new LinkedHashMap<>();
        for (NormalisedContact contact : normalised) {
            Long customerId = contact.email() != null ? byEmail.get(contact.email()) : byPhone.get(contact.phone());
            if (customerId == null) {
                customerId = insertCustomer(contact);
                if (contact.email() != null) {
                    byEmail.put(contact.email(), customerId);
                }
            }
            if (related.add(customerId)) {
                newRelations.put(customerId, contact);
                if (contact.phone() != null) {
                    byPhone.putIfAbsent(contact.phone(), customerId);
                }
            }
            customerIds.add(customerId);
        }
        insertRelations(providerId, newRelations);
        Map<Long, LockedRelation> locked = lockRelations(providerId, new LinkedHashSet<>(customerIds));
        // one event per chunk: a stored publication holds at most a few thousand characters
        for (List<Long> chunk : Chunks.of(newRelations.keySet(), CREATED_PER_EVENT)) {
            publisher.publishEvent(new CustomersCreated(providerId, chunk.stream()
                    .map(customerId -> locked.get(customerId).relationId()).toList(), clock.instant()));
        }
        return customerIds.stream().map(customerId -> {
            LockedRelation relation = locked.get(customerId);
            return newRelations.containsKey(customerId) ? relation.asCreated() : relation;
        }).toList();
    }

    /**
     * Brings notes from an imported file onto relations the current transaction holds locked, in the
     * order given. A customer without notes gets the file's; a customer whose notes already contain
     * the file's text is left alone (so importing a file again changes nothing); otherwise the file's
     * notes are added after the provider's own under a dated "Imported" line, because both are the
     * provider's information and neither may silently replace the other. Notes that would grow past
     * {@link CustomerService#NOTES_MAX} are not added. The result has one outcome per note.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ImportedNote.Outcome> addImportedNotes(List<ImportedNote> notes) {
        long providerId = currentUser.providerId();
        Map<Long, String> current = new HashMap<>();
        for (List<Long> chunk : Chunks.of(notes.stream().map(ImportedNote::relationId).distinct().toList())) {
            jdbc.sql("SELECT id, notes FROM provider_customer WHERE provider_id = :provider AND id IN (:ids)")
                    .param("provider", providerId).param("ids", chunk)
                    .query((rs, row) -> current.put(rs.getLong("id"), rs.getString("notes"))).list();
        }
        String heading = "\n\n— Imported " + LocalDate.now(clock.withZone(providers.profile(providerId).timeZone()))
                + " —\n";
        Map<Long, String> changed = new LinkedHashMap<>();
        List<ImportedNote.Outcome> outcomes = new ArrayList<>(notes.size());
        for (ImportedNote note : notes) {
            if (!current.containsKey(note.relationId())) {
                throw new NotFoundException("customer.error.not-found");
            }
            String before = current.get(note.relationId());
            ImportedNote.Outcome outcome;
            String after;
            if (before == null || before.isBlank()) {
                outcome = ImportedNote.Outcome.SET;
                after = note.text();
            } else if (before.contains(note.text())) {
                outcome = ImportedNote.Outcome.ALREADY_THERE;
                after = before;
            } else {
                after = before + heading + note.text();
                outcome = ImportedNote.Outcome.APPENDED;
            }
            if (after.length() > CustomerService.NOTES_MAX) {
                outcome = ImportedNote.Outcome.TOO_LONG;
                after = before;
            }
            if (!Objects.equals(before, after)) {
                current.put(note.relationId(), after);
                changed.put(note.relationId(), after);
            }
            outcomes.add(outcome);
        }
        LocalDateTime now = Sql.param(clock.instant());
        List<Object[]> rows = changed.entrySet().stream()
                .map(entry -> new Object[] {entry.getValue(), now, entry.getKey(), providerId}).toList();
        for (List<Object[]> chunk : Chunks.of(rows)) {
            batchJdbc.batchUpdate("UPDATE provider_customer SET notes = ?, updated_at = ?, version = version + 1"
                    + " WHERE id = ? AND provider_id = ?", chunk);
        }
        return outcomes;
    }

    /** The relation with an existing customer of the current provider. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedRelation lock(long customerId) {
        return lockRelation(currentUser.providerId(), customerId).orElseThrow(() -> new NotFoundException("customer.error.not-found"));
    }

    /**
     * {@link #lock} for something the current member's role must allow for this customer (SPEC
     * §10): refused when the role may not do it at all, not found when a staff member asks for a
     * customer not their own.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedRelation lock(long customerId, Capability capability) {
        access.requireCustomer(customerId, capability);
        return lock(customerId);
    }

    /**
     * Refuses a customer the current member may not do this for, as {@link #lock(long, Capability)}
     * does, for readers of a customer's data kept in other modules (messages, bookings).
     */
    public void requireCustomer(long customerId, Capability capability) {
        access.requireCustomer(customerId, capability);
    }

    /** The e-mail address the current provider has for this customer, if any. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long customerId) {
        return jdbc.sql("SELECT email FROM provider_customer WHERE provider_id = :provider AND customer_id = :customer")
                .param("provider", currentUser.providerId()).param("customer", customerId)
                .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Stores the SPEC 3 figures of these customers of the current provider, as the booking module
     * computed them under the relations' row locks in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void storeFigures(Collection<CustomerFigures> customerFigures) {
        figures.store(currentUser.providerId(), customerFigures);
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
        Optional<Long> related = jdbc.sql("SELECT customer_id FROM provider_customer WHERE provider_id = :provider"
                        + " AND phone = :phone ORDER BY id LIMIT 1")
                .param("provider", providerId).param("phone", phone).query(Long.class).optional();
        // else a customer merged into another with this phone: lockOrCreate follows them to the survivor
        return related.isPresent() ? related : jdbc.sql("SELECT customer_id FROM merged_relation"
                        + " WHERE provider_id = :provider AND phone = :phone ORDER BY merged_at DESC LIMIT 1")
                .param("provider", providerId).param("phone", phone).query(Long.class).optional();
    }

    /**
     * For those of these customers whose relation with the provider was merged into another, the
     * customer of the relation that holds them now (following later merges).
     */
    private Map<Long, Long> survivorsOf(long providerId, Collection<Long> customerIds) {
        Map<Long, Long> survivors = new HashMap<>();
        Collection<Long> asked = customerIds;
        for (int hop = 0; hop < 20 && !asked.isEmpty(); hop++) {
            Map<Long, Long> next = new HashMap<>();
            for (List<Long> chunk : Chunks.of(asked)) {
                jdbc.sql("SELECT customer_id, into_customer_id FROM merged_relation"
                                + " WHERE provider_id = :provider AND customer_id IN (:customers)")
                        .param("provider", providerId).param("customers", chunk)
                        .query((rs, row) -> next.put(rs.getLong("customer_id"), rs.getLong("into_customer_id")))
                        .list();
            }
            if (next.isEmpty()) {
                break;
            }
            if (survivors.isEmpty()) {
                survivors.putAll(next);
            } else {
                survivors.replaceAll((customer, into) -> next.getOrDefault(into, into));
            }
            asked = next.values();
        }
        return survivors;
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

    private Map<String, Long> customerIdsByEmail(List<String> emails) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(emails)) {
            jdbc.sql("SELECT id, email FROM customer WHERE email IN (:emails)").param("emails", chunk)
                    .query((rs, row) -> found.put(rs.getString("email"), rs.getLong("id"))).list();
        }
        return found;
    }

    /** For each phone, the customer of this provider's oldest relation with it (as {@link #lockOrCreate}). */
    private Map<String, Long> relatedCustomerIdsByPhone(long providerId, List<String> phones) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(phones)) {
            jdbc.sql("SELECT phone, customer_id FROM provider_customer WHERE provider_id = :provider"
                            + " AND phone IN (:phones) ORDER BY id")
                    .param("provider", providerId).param("phones", chunk)
                    .query((rs, row) -> found.putIfAbsent(rs.getString("phone"), rs.getLong("customer_id"))).list();
        }
        // else customers merged into another with these phones: lockOrCreateAll follows them to the survivor
        List<String> unknown = phones.stream().filter(phone -> !found.containsKey(phone)).toList();
        for (List<String> chunk : Chunks.of(unknown)) {
            jdbc.sql("SELECT phone, customer_id FROM merged_relation WHERE provider_id = :provider"
                            + " AND phone IN (:phones) ORDER BY merged_at DESC")
                    .param("provider", providerId).param("phones", chunk)
                    .query((rs, row) -> found.putIfAbsent(rs.getString("phone"), rs.getLong("customer_id"))).list();
        }
        return found;
    }

    private Set<Long> relatedCustomerIds(long providerId, Collection<Long> customerIds) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : Chunks.of(customerIds)) {
            found.addAll(jdbc.sql("SELECT customer_id FROM provider_customer WHERE provider_id = :provider"
                            + " AND customer_id IN (:customers)")
                    .param("provider", providerId).param("customers", chunk).query(Long.class).list());
        }
        return found;
    }

    /** New relations in batches; one created meanwhile by another transaction is left as it is. */
    private void insertRelations(long providerId, Map<Long, NormalisedContact> relations) {
        LocalDateTime now = Sql.param(clock.instant());
        List<Object[]> rows = relations.entrySet().stream().map(entry -> new Object[] {providerId, entry.getKey(),
                entry.getValue().name(), entry.getValue().email(), entry.getValue().phone(),
                entry.getValue().searchText(), now, now}).toList();
        for (List<Object[]> chunk : Chunks.of(rows)) {
            batchJdbc.batchUpdate("""
                    INSERT INTO provider_customer (provider_id, customer_id, name, email, phone, search_text,
                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE id = id""", chunk);
        }
    }

    private Map<Long, LockedRelation> lockRelations(long providerId, Collection<Long> customerIds) {
        Map<Long, LockedRelation> locked = new HashMap<>();
        for (List<Long> chunk : Chunks.of(customerIds)) {
            jdbc.sql("SELECT id, customer_id, name, blocked, blocked_reason FROM provider_customer"
                            + " WHERE provider_id = :provider AND customer_id IN (:customers) FOR UPDATE")
                    .param("provider", providerId).param("customers", chunk)
                    .query((rs, row) -> locked.put(rs.getLong("customer_id"), new LockedRelation(rs.getLong("id"),
                            rs.getLong("customer_id"), rs.getString("name"), rs.getBoolean("blocked"),
                            rs.getString("blocked_reason"), false)))
                    .list();
        }
        return locked;
    }


    /**
     * Refuses, without touching the database, a contact that {@link #lockOrCreate} would refuse for
     * its e-mail or phone. Batch writers check every row with it (after Bean Validation) before they
     * write the first, because a refusal inside their transaction would spoil all of it.
     *
     * @throws InvalidInputException naming the field
     */
    public static void checkContact(CustomerContact contact, String region) {
        normalise(contact, region);
    }

    /**
     * What {@link #checkContact} would refuse, every field at once (field → message), so a form can
     * show all its errors together; empty when the e-mail and phone are acceptable.
     */
    public static Map<String, Text> contactProblems(CustomerContact contact, String region) {
        Map<String, Text> problems = new LinkedHashMap<>();
        String email = Emails.normalise(contact.email());
        if (email != null && !Emails.isValid(email)) {
            problems.put("email", Text.of("error.email.invalid"));
        }
        try {
            Phones.normalise(contact.phone(), region);
        } catch (IllegalArgumentException e) {
            problems.put("phone", Text.of("error.phone.invalid"));
        }
        return problems;
    }

    static NormalisedContact normalise(CustomerContact contact, String region) {
        Map<String, Text> problems = contactProblems(contact, region);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NormalisedContact(contact.name().strip(), Emails.normalise(contact.email()),
                Phones.normalise(contact.phone(), region).orElse(null));
    }

    record NormalisedContact(String name, String email, String phone) {

        String searchText() {
            String text = String.join(" ", name, email == null ? "" : email, Phones.indexDigits(phone)).strip();
            return text.length() <= 600 ? text : text.substring(0, 600);
        }
    }
}
