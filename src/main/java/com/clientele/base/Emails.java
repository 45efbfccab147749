package com.clientele.base;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as stored: trimmed, lower-case, and of a plausible shape. */
public final class Emails {

    public static final int MAX_LENGTH = 254;
    // Deliberately simple: one @, no spaces or control characters, a dot in the domain.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}$");

    private Emails() {
    }

    /** The normalised address, or null for a blank one. */
    public static String normalise(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised != null && normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
    }
}
