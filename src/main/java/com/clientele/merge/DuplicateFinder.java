package com.clientele.merge;

import com.clientele.base.Chunks;
import com.clientele.base.Sql;
import com.clientele.customer.CustomersCreated;
import com.clientele.customer.RelationContact;
import com.clientele.customer.RelationContacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the possible duplicates of a business's customers (SPEC 12) and keeps {@code duplicate_pair}
 * current: for new customers after their writer's commit ({@link CustomersCreated}, through the event
 * publication registry, so none is missed), for the survivor of a merge and both customers of an
 * undo in that transaction, and once for all customers a business had before
 * ({@link #scan}, from {@link DuplicateScan}).
 *
 * <p>A new customer is compared with the customers that share their e-mail, phone or phone ending,
 * and with those of the same e-mail domain whose folded name starts with the same three letters (at
 * most {@link #CANDIDATES} of each), each found through an index; so a customer costs a few indexed
 * reads whatever the size of the business. A customer keeps their {@link #PAIRS_PER_CUSTOMER} most
 * likely pairs. A dismissed pair keeps its row and stays dismissed.
 */
@Component
class DuplicateFinder {

    private static final Logger log = LoggerFactory.getLogger(DuplicateFinder.class);
    static final String LISTENER_ID = "merge.duplicate-check";
    /** The most customers sharing one key (e-mail, phone, phone ending, domain and name start) a customer is compared with. */
    static final int CANDIDATES = 1_000;
    /**
     * The most pairs one customer is in, the most likely kept: a name and domain shared by hundreds
     * (an import of "Guest" at gmail.com) would otherwise make a pair of every two of them.
     */
    static final int PAIRS_PER_CUSTOMER = 20;
    /** How many letters of the folded name customers of one e-mail domain must share to be compared. */
    static final int NAME_PREFIX = 3;

    private static final String SUBJECT_COLUMNS = "relation_id, name, email, phone, name_key, email_key, email_domain,"
            + " phone_suffix";

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final RelationContacts contacts;
    private final Clock clock;

    DuplicateFinder(JdbcClient jdbc, JdbcTemplate batchJdbc, RelationContacts contacts, Clock clock) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.contacts = contacts;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    public void on(CustomersCreated event) {
        check(event.providerId(), event.relationIds());
    }

    /**
     * Stores these relations' keys and their pairs with every other customer of the business, as
     * they are now: new pairs found, changed ones rescored, pairs that no longer match (and were
     * not dismissed) dropped. Relations that no longer exist are forgotten.
     *
     * @return the pairs found
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int check(long providerId, Collection<Long> relationIds) {
        List<DuplicateSubject> subjects = contacts.of(providerId, relationIds).stream().map(DuplicateSubject::of)
                .toList();
        storeSubjects(providerId, subjects);
        List<Long> gone = new ArrayList<>(relationIds);
        subjects.forEach(subject -> gone.remove(subject.relationId()));
        gone.forEach(relationId -> forget(providerId, relationId));
        Instant now = clock.instant();
        int found = 0;
        for (DuplicateSubject subject : subjects) {
            Map<Long, DuplicateMatch> matches = new LinkedHashMap<>();
            for (DuplicateSubject candidate : candidates(providerId, subject)) {
                DuplicateMatch.of(subject, candidate).ifPresent(match -> matches.put(candidate.relationId(), match));
            }
            Map<Long, DuplicateMatch> kept = mostLikely(matches);
            dropStale(providerId, subject.relationId(), kept.keySet());
            storePairs(providerId, pairs(subject.relationId(), kept), now);
            found += kept.size();
        }
        return found;
    }

    /** Forgets a relation that was merged away: its keys and its pairs not dismissed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(long providerId, long relationId) {
        jdbc.sql("DELETE FROM duplicate_subject WHERE provider_id = :provider AND relation_id = :id")
                .param("provider", providerId).param("id", relationId).update();
        jdbc.sql("DELETE FROM duplicate_pair WHERE provider_id = :provider AND dismissed = FALSE"
                        + " AND (first_id = :id OR second_id = :id)")
                .param("provider", providerId).param("id", relationId).update();
    }

    /**
     * Compares all customers of a business with each other, in memory, and stores every pair: for
     * the customers a business had before the check existed (and for the benchmark's dataset).
     *
     * @return the pairs found
     */
    @Transactional
    public int scan(long providerId) {
        long after = 0;
        int relations = 0;
        while (true) {
            List<RelationContact> page = contacts.after(providerId, after, Chunks.SIZE * 5);
            if (page.isEmpty()) {
                break;
            }
            storeSubjects(providerId, page.stream().map(DuplicateSubject::of).toList());
            relations += page.size();
            after = page.getLast().relationId();
        }
        List<DuplicateSubject> all = all(providerId);
        DuplicateIndex index = new DuplicateIndex(all);
        Map<List<Long>, DuplicateMatch> pairs = new HashMap<>();
        for (DuplicateSubject subject : all) {
            index.matches(subject).forEach((other, match) -> pairs.putAll(pairs(subject.relationId(), Map.of(other, match))));
        }
        storePairs(providerId, pairs, clock.instant());
        jdbc.sql("""
                INSERT INTO duplicate_scan (provider_id, scanned_at, relations, pairs) VALUES (:provider, :now, :relations, :pairs)
                ON DUPLICATE KEY UPDATE scanned_at = VALUES(scanned_at), relations = VALUES(relations),
                    pairs = VALUES(pairs)""")
                .param("provider", providerId).param("now", Sql.param(clock.instant()))
                .param("relations", relations).param("pairs", pairs.size()).update();
        log.debug("Compared the {} customers of business {}: {} possible duplicates", relations, providerId,
                pairs.size());
        return pairs.size();
    }

    /** Every customer of the business the finder has met. */
    List<DuplicateSubject> all(long providerId) {
        return jdbc.sql("SELECT " + SUBJECT_COLUMNS + " FROM duplicate_subject WHERE provider_id = :provider"
                        + " ORDER BY relation_id")
                .param("provider", providerId).query(DuplicateFinder::subject).list();
    }

    private List<DuplicateSubject> candidates(long providerId, DuplicateSubject subject) {
        Map<Long, DuplicateSubject> found = new LinkedHashMap<>();
        String base = "SELECT " + SUBJECT_COLUMNS + " FROM duplicate_subject WHERE provider_id = :provider"
                + " AND relation_id <> :id AND ";
        String limit = " ORDER BY relation_id LIMIT " + CANDIDATES;
        if (subject.emailKey() != null) {
            add(found, jdbc.sql(base + "email_key = :key" + limit).param("key", subject.emailKey()), providerId,
                    subject);
        }
        if (subject.phone() != null) {
            add(found, jdbc.sql(base + "phone = :key" + limit).param("key", subject.phone()), providerId, subject);
        }
        if (subject.phoneSuffix() != null) {
            add(found, jdbc.sql(base + "phone_suffix = :key" + limit).param("key", subject.phoneSuffix()),
                    providerId, subject);
        }
        if (subject.domain() != null && !subject.nameKey().isEmpty()) {
            add(found, jdbc.sql(base + "email_domain = :key AND name_key LIKE :start" + limit)
                    .param("key", subject.domain()).param("start", namePrefix(subject) + "%"), providerId, subject);
        }
        return List.copyOf(found.values());
    }

    /**
     * The first letters of the folded name that customers of one domain share to be compared: no
     * wildcard of LIKE can be among them (the key has no punctuation).
     */
    static String namePrefix(DuplicateSubject subject) {
        return subject.nameKey().substring(0, Math.min(NAME_PREFIX, subject.nameKey().length()));
    }

    /** The {@link #PAIRS_PER_CUSTOMER} most likely of a customer's matches. */
    static Map<Long, DuplicateMatch> mostLikely(Map<Long, DuplicateMatch> matches) {
        if (matches.size() <= PAIRS_PER_CUSTOMER) {
            return matches;
        }
        Map<Long, DuplicateMatch> kept = new LinkedHashMap<>();
        matches.entrySet().stream().sorted(DuplicateMatch.likelyFirst()).limit(PAIRS_PER_CUSTOMER)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return kept;
    }

    private static void add(Map<Long, DuplicateSubject> found, JdbcClient.StatementSpec query, long providerId,
            DuplicateSubject subject) {
        query.param("provider", providerId).param("id", subject.relationId()).query(DuplicateFinder::subject).list()
                .forEach(candidate -> found.putIfAbsent(candidate.relationId(), candidate));
    }

    private static Map<List<Long>, DuplicateMatch> pairs(long relationId, Map<Long, DuplicateMatch> matches) {
        Map<List<Long>, DuplicateMatch> pairs = new LinkedHashMap<>();
        matches.forEach((other, match) -> pairs.put(List.of(Math.min(relationId, other), Math.max(relationId, other)),
                match));
        return pairs;
    }

    private void dropStale(long providerId, long relationId, Collection<Long> stillMatching) {
        List<Long> others = jdbc.sql("SELECT IF(first_id = :id, second_id, first_id) FROM duplicate_pair"
                        + " WHERE provider_id = :provider AND dismissed = FALSE AND (first_id = :id OR second_id = :id)")
                .param("provider", providerId).param("id", relationId).query(Long.class).list();
        List<Long> stale = others.stream().filter(other -> !stillMatching.contains(other)).toList();
        for (long other : stale) {
            jdbc.sql("DELETE FROM duplicate_pair WHERE provider_id = :provider AND first_id = :first AND second_id = :second"
                            + " AND dismissed = FALSE")
                    .param("provider", providerId).param("first", Math.min(relationId, other))
                    .param("second", Math.max(relationId, other)).update();
        }
    }

    private void storeSubjects(long providerId, List<DuplicateSubject> subjects) {
        for (List<DuplicateSubject> chunk : Chunks.of(subjects)) {
            batchJdbc.batchUpdate("""
                    INSERT INTO duplicate_subject (relation_id, provider_id, name, email, phone, name_key, email_key,
                        email_domain, phone_suffix)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE name = VALUES(name), email = VALUES(email), phone = VALUES(phone),
                        name_key = VALUES(name_key), email_key = VALUES(email_key), email_domain = VALUES(email_domain),
                        phone_suffix = VALUES(phone_suffix)""",
                    chunk.stream().map(subject -> new Object[] {subject.relationId(), providerId, subject.name(),
                            subject.email(), subject.phone(), subject.nameKey(), subject.emailKey(), subject.domain(),
                            subject.phoneSuffix()}).toList());
        }
    }

    private void storePairs(long providerId, Map<List<Long>, DuplicateMatch> pairs, Instant now) {
        List<Object[]> rows = pairs.entrySet().stream().map(pair -> new Object[] {providerId, pair.getKey().get(0),
                pair.getKey().get(1), pair.getValue().score(), pair.getValue().codes(), Sql.param(now)}).toList();
        for (List<Object[]> chunk : Chunks.of(rows)) {
            batchJdbc.batchUpdate("""
                    INSERT INTO duplicate_pair (provider_id, first_id, second_id, score, reasons, found_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE score = VALUES(score), reasons = VALUES(reasons)""", chunk);
        }
    }

    static DuplicateSubject subject(ResultSet rs, int row) throws SQLException {
        return new DuplicateSubject(rs.getLong("relation_id"), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("name_key"), rs.getString("email_key"),
                rs.getString("email_domain"), rs.getString("phone_suffix"));
    }

    /** The stored keys of one relation, if the finder has met it. */
    Optional<DuplicateSubject> subject(long providerId, long relationId) {
        return jdbc.sql("SELECT " + SUBJECT_COLUMNS + " FROM duplicate_subject WHERE provider_id = :provider"
                        + " AND relation_id = :id")
                .param("provider", providerId).param("id", relationId).query(DuplicateFinder::subject).optional();
    }
}
