package com.clientele.merge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two customers may be one person, and how likely (SPEC 12): the reasons found and their
 * score, 0 to 100. See {@link MatchReason} for what counts.
 */
record DuplicateMatch(int score, Set<MatchReason> reasons) {

    /** Names further apart than this many letters (after folding) are not similar. */
    static final int NAME_DISTANCE = 2;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(NAME_DISTANCE);

    static Optional<DuplicateMatch> of(DuplicateSubject a, DuplicateSubject b) {
        if (a.relationId() == b.relationId()) {
            return Optional.empty();
        }
        Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
        if (a.emailKey() != null && a.emailKey().equals(b.emailKey())) {
            reasons.add(MatchReason.SAME_EMAIL);
        } else if (a.domain() != null && a.domain().equals(b.domain())) {
            reasons.add(MatchReason.SAME_DOMAIN);
        }
        if (a.phone() != null && a.phone().equals(b.phone())) {
            reasons.add(MatchReason.SAME_PHONE);
        } else if (a.phoneSuffix() != null && a.phoneSuffix().equals(b.phoneSuffix())) {
            reasons.add(MatchReason.PHONE_ENDING);
        }
        if (a.nameKey().equals(b.nameKey())) {
            reasons.add(MatchReason.SAME_NAME);
        } else if (similar(a.nameKey(), b.nameKey())) {
            reasons.add(MatchReason.SIMILAR_NAME);
        }
        boolean nearName = reasons.contains(MatchReason.SAME_NAME) || reasons.contains(MatchReason.SIMILAR_NAME);
        boolean sameContact = reasons.contains(MatchReason.SAME_EMAIL) || reasons.contains(MatchReason.SAME_PHONE);
        boolean sharedHint = reasons.contains(MatchReason.SAME_DOMAIN) || reasons.contains(MatchReason.PHONE_ENDING);
        if (!sameContact && !(nearName && sharedHint)) {
            return Optional.empty();
        }
        int score = Math.min(100, reasons.stream().mapToInt(MatchReason::weight).sum());
        return Optional.of(new DuplicateMatch(score, reasons));
    }

    /** At most two letters apart; names whose numbers differ ("Room 101", "Room 102") are never similar. */
    private static boolean similar(String a, String b) {
        return Math.abs(a.length() - b.length()) <= NAME_DISTANCE && a.length() > NAME_DISTANCE
                && digits(a).equals(digits(b)) && DISTANCE.apply(a, b) >= 0;
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    /** The most likely first, then the lower id: the order in which a customer's matches are kept. */
    static java.util.Comparator<java.util.Map.Entry<Long, DuplicateMatch>> likelyFirst() {
        return java.util.Comparator.<java.util.Map.Entry<Long, DuplicateMatch>>comparingInt(entry -> -entry.getValue().score())
                .thenComparing(java.util.Map.Entry::getKey);
    }

    /** As stored in {@code duplicate_pair.reasons}. */
    String codes() {
        return reasons.stream().map(MatchReason::code).collect(Collectors.joining(","));
    }
}
