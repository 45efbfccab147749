package com.clientele.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule; carries a message per field so forms and the API can point at it. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(": ").append(message));
        return text.toString();
    }
}
