package com.clientele.base.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.DatabaseUnavailable;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Text;
import com.vaadin.flow.component.UI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * What to tell a user about a failure, in the language of the screen they are on; empty for
 * unexpected errors, which are logged instead.
 */
public final class ErrorMessages {

    public static final Text UNEXPECTED = Text.of("error.unexpected");
    public static final Text DATABASE_DOWN = Text.of("error.database-down");

    private ErrorMessages() {
    }


    /** What the person is told about this failure, in the screen's language (the unexpected-error text if it was). */
    public static String describe(Throwable error) {
        return text(of(error).orElse(UNEXPECTED));
    }

    /** What is wrong with each field the service refused, in the screen's language. */
    public static Map<String, String> fields(InvalidInputException error) {
        Map<String, String> fields = new LinkedHashMap<>();
        error.errors().forEach((field, text) -> fields.put(field, text(text)));
        return fields;
    }

    /** A service's text in the current screen's language. */
    public static String text(Text text) {
        return UI.getCurrent().getTranslation(text.key(), text.args());
    }

    /** What the person is told about this failure; empty when it was unexpected. */
    public static Optional<Text> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return Optional.of(invalid.text());
            }
            if (cause instanceof ConflictException conflict) {
                return Optional.of(conflict.text());
            }
            if (cause instanceof NotFoundException notFound) {
                return Optional.of(notFound.text());
            }
            if (cause instanceof AccessDeniedException) {
                return Optional.of(Text.of("error.not-allowed"));
            }
            if (DatabaseUnavailable.isCause(cause)) {
                return Optional.of(DATABASE_DOWN);
            }
        }
        return Optional.empty();
    }
}
