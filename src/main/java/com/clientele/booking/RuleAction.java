package com.clientele.booking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a no-show rule does when a customer reaches it (SPEC 11), weakest first. */
public enum RuleAction {
    FLAG,
    /** A block that ends by itself after the rule's number of days. */
    BLOCK_FOR,
    /** A block until a provider lifts it. */
    BLOCK;

    /** The API's name: {@code flag}, {@code block_for}, {@code block}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean blocks() {
        return this != FLAG;
    }

    public static Optional<RuleAction> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code().equals(code)).findFirst();
    }
}
