package com.clientele.base.ui;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a user action: a toast on success, the reason on failure (never a stack trace). */
public final class Actions {

    private static final Logger log = LoggerFactory.getLogger(Actions.class);

    private Actions() {
    }

    /** @return the action's result, or empty when it failed and the user was told why */
    public static <T> Optional<T> run(Supplier<T> action, String successMessage) {
        try {
            T result = action.get();
            if (successMessage != null) {
                Toasts.success(successMessage);
            }
            return Optional.ofNullable(result);
        } catch (RuntimeException e) {
            Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElseGet(() -> {
                log.error("Action failed", e);
                return ErrorMessages.UNEXPECTED;
            })));
            return Optional.empty();
        }
    }
}
