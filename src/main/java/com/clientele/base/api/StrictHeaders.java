package com.clientele.base.api;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The security headers of a response that is an error message or data, never a page: nothing may
 * be loaded, run or framed. Every API response has them (from the security filter chain), and so
 * do the responses made before or outside that chain: problems written by filters in front of it
 * (a body over the size cap), the container's own errors and the firewall's refusals.
 */
public final class StrictHeaders {

    public static final String CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    private StrictHeaders() {
    }

    /** Sets each header the response does not have yet (a filter chain's own values stay). */
    public static void writeIfAbsent(HttpServletResponse response) {
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
        setIfAbsent(response, "Content-Security-Policy", CONTENT_POLICY);
        setIfAbsent(response, HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
