package com.clientele.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Phone numbers as stored: E.164 where the number can be read, for the provider's region otherwise. */
public final class Phones {

    public static final int MAX_LENGTH = 32;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /**
     * The number in E.164 ("+441632960961"), empty for a blank input.
     *
     * @throws IllegalArgumentException when the text is not a possible phone number
     */
    public static Optional<String> normalise(String phone, String defaultRegion) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        String text = phone.strip();
        if (text.length() > MAX_LENGTH || !text.matches("[0-9+()./\\s-]+")) {
            throw new IllegalArgumentException("not a phone number");
        }
        try {
            PhoneNumber number = UTIL.parse(text.startsWith("00") ? "+" + text.substring(2) : text, defaultRegion);
            if (!UTIL.isPossibleNumber(number)) {
                throw new IllegalArgumentException("not a possible phone number");
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number", e);
        }
    }

    /**
     * The digits of a stored (E.164) number in international and national form, for the search
     * column: "07700 900" and "+44 7700 900" both find "+447700900123".
     */
    public static String indexDigits(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        try {
            PhoneNumber number = UTIL.parse(e164, null);
            String national = digits(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL));
            String international = digits(e164);
            return national.equals(international) ? international : international + " " + national;
        } catch (NumberParseException e) {
            return digits(e164);
        }
    }

    /**
     * A stored number as people read it, in international format ("+44 20 7946 0958"); a number
     * that cannot be read is shown as stored.
     */
    public static String display(String stored) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        try {
            return UTIL.format(UTIL.parse(stored, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return stored;
        }
    }

    /** The digits only, for searches that ignore formatting. */
    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }

    /**
     * The digits to look for when a search text looks like (part of) a phone number, without a
     * national trunk prefix, so "020 7946" finds "+44 20 7946 0958" (stored digits "442079460958");
     * null when the text is not phone-like or too short to be worth it.
     */
    public static String searchDigits(String text) {
        if (text == null || !text.strip().matches("[0-9+()./\\s-]+")) {
            return null;
        }
        String digits = digits(text).replaceFirst("^0+", "");
        return digits.length() >= 3 ? digits : null;
    }

    public static boolean isKnownRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region);
    }
}
