package com.clientele.base.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The last resort for errors a view did not handle itself: the user gets a clear message, never a
 * stack trace, and unexpected errors are logged.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new Handler()));
    }

    static String messageFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException
                    || cause instanceof NotFoundException) {
                return cause.getMessage();
            }
            if (cause instanceof AccessDeniedException) {
                return "You are not allowed to do that.";
            }
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException) {
                return "The database cannot be reached right now. Nothing was saved; try again in a moment.";
            }
        }
        return null;
    }

    private static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            String message = messageFor(error);
            if (message == null) {
                log.error("Unexpected error in the UI", error);
                message = "Something went wrong. Nothing was saved; please try again.";
            }
            String text = message;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Toasts.error(text));
            }
        }
    }
}
