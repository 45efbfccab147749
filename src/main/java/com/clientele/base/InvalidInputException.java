package com.clientele.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule; carries a text per field so forms and the API can point at it. The
 * texts are message keys with arguments ({@link Text}), rendered in the reader's language.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, Text> errors;

    public InvalidInputException(Map<String, Text> errors) {
        super(describe(errors));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public InvalidInputException(String field, Text error) {
        this(Map.of(field, error));
    }

    public InvalidInputException(String field, String key, Object... args) {
        this(field, Text.of(key, args));
    }

    /** Each field refused (in the order found) with what is wrong with it. */
    public Map<String, Text> errors() {
        return errors;
    }

    /** What is wrong, as one text: the fields' texts joined. */
    public Text text() {
        return Text.joined(errors.values().stream().toList());
    }

    private static String describe(Map<String, Text> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(": ").append(message));
        return text.toString();
    }
}
