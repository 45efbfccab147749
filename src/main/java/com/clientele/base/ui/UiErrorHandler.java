package com.clientele.base.ui;

import com.clientele.base.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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

    private static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            Text text = ErrorMessages.of(error).orElseGet(() -> {
                log.error("Unexpected error in the UI", error);
                return ErrorMessages.UNEXPECTED;
            });
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Toasts.error(ErrorMessages.text(text)));
            }
        }
    }
}
