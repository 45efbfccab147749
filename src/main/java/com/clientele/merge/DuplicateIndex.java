package com.clientele.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A business's customers held in memory by the keys the duplicate check looks up: e-mail, phone,
 * phone ending, and e-mail domain with the name's initial. For comparing many customers at once
 * (the first scan of a business, an import's check) with a few map lookups each instead of queries.
 */
final class DuplicateIndex {

    private final List<Map<String, List<DuplicateSubject>>> indexes = new ArrayList<>();
    private final List<Function<DuplicateSubject, @Nullable String>> keys = List.of(DuplicateSubject::emailKey,
            DuplicateSubject::phone, DuplicateSubject::phoneSuffix, DuplicateIndex::domainAndInitial);

    DuplicateIndex(Collection<DuplicateSubject> subjects) {
        for (Function<DuplicateSubject, @Nullable String> key : keys) {
            Map<String, List<DuplicateSubject>> index = new HashMap<>();
            for (DuplicateSubject subject : subjects) {
                String value = key.apply(subject);
                if (value != null) {
                    index.computeIfAbsent(value, ignored -> new ArrayList<>(2)).add(subject);
                }
            }
            indexes.add(index);
        }
    }

    /**
     * The indexed customers that {@code subject} may be, by relation id: of each key's customers the
     * first {@link DuplicateFinder#CANDIDATES} are compared, and the {@link DuplicateFinder#PAIRS_PER_CUSTOMER}
     * most likely matches are kept, as {@link DuplicateFinder} does through the database.
     */
    Map<Long, DuplicateMatch> matches(DuplicateSubject subject) {
        Map<Long, DuplicateMatch> matches = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String value = keys.get(i).apply(subject);
            if (value == null) {
                continue;
            }
            List<DuplicateSubject> sharing = indexes.get(i).getOrDefault(value, List.of());
            for (DuplicateSubject candidate : sharing.subList(0, Math.min(sharing.size(), DuplicateFinder.CANDIDATES))) {
                if (!matches.containsKey(candidate.relationId())) {
                    DuplicateMatch.of(subject, candidate).ifPresent(match -> matches.put(candidate.relationId(), match));
                }
            }
        }
        return DuplicateFinder.mostLikely(matches);
    }

    /** The key that groups customers of one e-mail domain whose names start alike (their first three letters). */
    static @Nullable String domainAndInitial(DuplicateSubject subject) {
        return subject.domain() == null || subject.nameKey().isEmpty() ? null
                : subject.domain() + " " + DuplicateFinder.namePrefix(subject);
    }
}
