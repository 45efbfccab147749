package com.clientele.base;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

/**
 * Carries the logging context (the MDC, with the request id) from the thread that hands work on to
 * the thread that does it: an import's lines and the after-commit work of a request (e-mail, live
 * updates) name the request they came from. Spring Boot applies it to its task executor; executors
 * of our own set it themselves.
 */
public final class LogContext implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        Map<String, String> handedOn = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            set(handedOn);
            try {
                task.run();
            } finally {
                set(before);
            }
        };
    }

    private static void set(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
