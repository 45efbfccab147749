package com.clientele.merge;

import java.time.Instant;
import java.util.List;

/** Two customers of the business that may be one person, as the duplicates page and the API show them. */
public record DuplicatePair(long id, Side first, Side second, int score, List<MatchReason> reasons, Instant foundAt) {

    /** One of the two, with the contact data as entered (phone in E.164). */
    public record Side(long relationId, String name, @org.jspecify.annotations.Nullable String email,
            @org.jspecify.annotations.Nullable String phone) {
    }
}
