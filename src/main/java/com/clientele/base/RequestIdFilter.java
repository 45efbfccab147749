package com.clientele.base;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * The first filter of every request (API, Vaadin, static files), and of its async and error
 * dispatches: gives the request its id ({@link RequestIds}) and puts it in the MDC for as long as
 * the request runs on this thread.
 */
final class RequestIdFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        String before = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, RequestIds.of(http, httpResponse));
        try {
            chain.doFilter(request, response);
        } finally {
            if (before == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, before);
            }
        }
    }
}
