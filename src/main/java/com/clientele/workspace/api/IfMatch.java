package com.clientele.workspace.api;

import com.clientele.base.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: reading a customer returns its version as the ETag ({@code "7"});
 * a change sent with {@code If-Match: "7"} is applied only if the customer is still at version 7,
 * otherwise 409. Without If-Match (or with {@code *}) a change applies to the current version.
 */
final class IfMatch {

    static final String HEADER = "If-Match";
    /** One strong entity tag (RFC 9110 8.8.3): quoted; a weak one ({@code W/"7"}) never matches for If-Match. */
    private static final Pattern ETAG = Pattern.compile("\"(\\d{1,18})\"");

    private IfMatch() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client expects, or null when it sent no precondition. */
    static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            throw new InvalidInputException(HEADER, "api.if-match.weak");
        }
        Matcher matcher = ETAG.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidInputException(HEADER, "api.if-match.malformed");
        }
        return Long.parseLong(matcher.group(1));
    }
}
