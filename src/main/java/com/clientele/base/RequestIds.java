package com.clientele.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of each HTTP request: the caller's {@code X-Request-Id} when it is sane (at most 64 of
 * {@code A-Z a-z 0-9 . _ -}), otherwise a new random one. It is echoed in the response's
 * {@code X-Request-Id}, carried by every log line of the request (MDC key {@value #MDC_KEY}) and
 * by every problem+json ({@value #PROBLEM_PROPERTY}), so a client's report leads to the server's
 * log lines. {@link RequestIdFilter} gives it at the front of every request; responses written
 * before that filter runs (Tomcat's own refusals) get one here when they write their problem.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    public static final String PROBLEM_PROPERTY = "request_id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The request's id, given now (and echoed in the response) if the request has none yet. */
    public static String of(HttpServletRequest request, HttpServletResponse response) {
        Object given = request.getAttribute(ATTRIBUTE);
        if (given instanceof String id) {
            if (!response.isCommitted() && response.getHeader(HEADER) == null) {
                response.setHeader(HEADER, id);
            }
            return id;
        }
        String id = chosen(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        return id;
    }

    /** The request's id; one is given now if it has none (the response then carries it only if written later). */
    public static String of(HttpServletRequest request) {
        Object given = request.getAttribute(ATTRIBUTE);
        if (given instanceof String id) {
            return id;
        }
        String id = chosen(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The id the caller sent if it is sane, otherwise a new one: nothing odd reaches a log line or a header. */
    static String chosen(@Nullable String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
