package com.clientele.merge;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why two customers may be one person (SPEC 12), with what each adds to the pair's score (capped
 * at 100). A pair needs the same e-mail, the same phone, or a similar name together with a shared
 * e-mail domain or phone ending.
 */
public enum MatchReason {
    /** The same e-mail address, read without case, "+tag" and (Gmail) dots. */
    SAME_EMAIL("same_email", 50),
    /** The same phone number (E.164). */
    SAME_PHONE("same_phone", 40),
    /** The same name, read without case and accents. */
    SAME_NAME("same_name", 30),
    /** Names at most two letters apart, read without case and accents. */
    SIMILAR_NAME("similar_name", 20),
    /** E-mail addresses of the same domain. */
    SAME_DOMAIN("same_domain", 10),
    /** Phone numbers ending in the same six digits. */
    PHONE_ENDING("phone_ending", 10);

    private final String code;
    private final int weight;

    MatchReason(String code, int weight) {
        this.code = code;
        this.weight = weight;
    }

    /** As the REST API and the stored pair name it. */
    public String code() {
        return code;
    }

    int weight() {
        return weight;
    }

    /** The message key of the reason's label on screens. */
    public String labelKey() {
        return "duplicates.reason." + code;
    }

    static Optional<MatchReason> ofCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
