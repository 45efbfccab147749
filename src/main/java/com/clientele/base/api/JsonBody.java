package com.clientele.base.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON request body strictly: it must be an object, every field must be one the endpoint
 * knows, and every value must have the right JSON type (no "true" for true, no 5 for "5"). All
 * problems are collected and reported together by {@link #validate()}.
 */
public final class JsonBody {

    private final JsonNode node;
    private final Map<String, Text> errors = new LinkedHashMap<>();

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    /** @throws InvalidInputException when the body is not an object or has fields not in {@code allowed} */
    public static JsonBody object(JsonNode body, List<String> allowed) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "api.body.not-object");
        }
        JsonBody json = new JsonBody(body);
        Set<String> known = Set.copyOf(allowed);
        for (String name : body.propertyNames()) {
            if (!known.contains(name)) {
                json.errors.put(name, Text.of("api.body.unknown-field", String.join(", ", allowed)));
            }
        }
        json.validate();
        return json;
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** The field's value, which must be true or false (not null) when present; null when it is absent. */
    public Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            errors.put(field, Text.of("api.value.boolean"));
            return null;
        }
        return value.booleanValue();
    }

    /** The field's value; null when it is absent or null. */
    public String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.put(field, Text.of("api.value.string"));
            return null;
        }
        return value.stringValue();
    }

    /** The field's value, which must be a whole number when present; null when it is absent or null. */
    public Integer integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.put(field, Text.of("api.value.whole-number"));
            return null;
        }
        return value.intValue();
    }

    /**
     * The field's value, an ISO-8601 instant with an offset ("2027-01-15T09:00:00Z"); null when it
     * is absent or null.
     */
    public Instant instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, Text.of("api.value.instant"));
            return null;
        }
    }

    /** @throws InvalidInputException naming every field read so far with a value of the wrong type */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
