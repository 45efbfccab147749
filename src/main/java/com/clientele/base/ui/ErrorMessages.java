package com.clientele.base.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.DatabaseUnavailable;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/** What to tell a user about a failure; empty for unexpected errors, which are logged instead. */
public final class ErrorMessages {

    public static final String UNEXPECTED = "Something went wrong. Nothing was saved; please try again.";
    public static final String DATABASE_DOWN =
            "The database cannot be reached right now. Nothing was saved; try again in a moment.";

    private ErrorMessages() {
    }

    public static Optional<String> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException
                    || cause instanceof NotFoundException) {
                return Optional.of(cause.getMessage());
            }
            if (cause instanceof AccessDeniedException) {
                return Optional.of("You are not allowed to do that.");
            }
            if (DatabaseUnavailable.isCause(cause)) {
                return Optional.of(DATABASE_DOWN);
            }
        }
        return Optional.empty();
    }
}
