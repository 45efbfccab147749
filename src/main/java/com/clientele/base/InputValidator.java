package com.clientele.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on a command and turns violations into an {@link InvalidInputException}.
 * Every text of a command (each {@code String} component of a record) must also be text the
 * database keeps as it is: no NUL character, and no half of a surrogate pair (MariaDB would store
 * it as "?").
 */
@Component
public class InputValidator {

    static final Text NUL = Text.of("error.text.nul");
    static final Text LONE_SURROGATE = Text.of("error.text.lone-surrogate");

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T command) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), text(v)));
        if (command.getClass().isRecord()) {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                if (component.getType() == String.class) {
                    Text problem = storableProblem((String) read(component, command));
                    if (problem != null) {
                        errors.putIfAbsent(component.getName(), problem);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return command;
    }

    /**
     * For a text that is not part of a command (notes, a block reason).
     *
     * @throws InvalidInputException naming {@code field} when the database would not keep the text as it is
     */
    public static void requireStorable(String field, @Nullable String text) {
        Text problem = storableProblem(text);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
    }

    /** What keeps the database from storing the text unchanged, or null when nothing does. */
    static @Nullable Text storableProblem(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return NUL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return LONE_SURROGATE;
                }
            } else if (Character.isLowSurrogate(c)) {
                return LONE_SURROGATE;
            }
        }
        return null;
    }

    /**
     * A violation's message is a key of the message bundles (the annotations' {@code message}); its
     * argument is the constraint's limit: {@code max} of {@code @Size}, {@code value} of {@code @Min},
     * {@code integer} and {@code fraction} of {@code @Digits}.
     */
    static Text text(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (attributes.containsKey("max")) {
            return Text.of(violation.getMessage(), attributes.get("max"));
        }
        if (attributes.containsKey("value")) {
            return Text.of(violation.getMessage(), attributes.get("value"));
        }
        if (attributes.containsKey("integer")) {
            return Text.of(violation.getMessage(), attributes.get("integer"), attributes.get("fraction"));
        }
        return Text.of(violation.getMessage());
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true); // commands may be package-private records of their feature
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
