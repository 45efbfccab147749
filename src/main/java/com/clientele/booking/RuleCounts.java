package com.clientele.booking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a no-show rule counts (SPEC 11). */
public enum RuleCounts {
    NO_SHOWS,
    LATE_CANCELLATIONS,
    /** No-shows and late cancellations together. */
    EITHER;

    /** The API's name: {@code no_shows}, {@code late_cancellations}, {@code either}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleCounts> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code().equals(code)).findFirst();
    }
}
