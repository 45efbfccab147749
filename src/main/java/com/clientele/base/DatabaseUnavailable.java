package com.clientele.base;

import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one list of failures that mean "the database cannot be reached right now" (stopped,
 * restarting, out of connections), as opposed to a defect: the UI and the API tell the user to try
 * again in a moment instead of reporting an error.
 */
public final class DatabaseUnavailable {

    private static final List<Class<? extends Throwable>> CAUSES = List.of(CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class);

    private DatabaseUnavailable() {
    }

    /** Whether this error, or one of its causes, is the database being unavailable. */
    public static boolean isCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : CAUSES) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
