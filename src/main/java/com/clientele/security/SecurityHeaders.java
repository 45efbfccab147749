package com.clientele.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The security headers for responses made before or outside the security filter chains: the
 * container's own error responses (a malformed request line, a header over the size limit, a URL
 * Tomcat cannot normalise), requests the firewall rejects and query strings that cannot be decoded.
 * The same values as {@link SecurityConfig} writes, with the strictest content policy: such a
 * response is an error message, never a page that runs or loads anything.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** Sets each header the response does not have yet. */
    static void write(HttpServletResponse response) {
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
        setIfAbsent(response, "Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
        setIfAbsent(response, "Content-Security-Policy", SecurityConfig.API_POLICY);
        setIfAbsent(response, HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    /** Whether a request path (as sent, not decoded) is one of the REST API's, whose errors are problems. */
    static boolean isApi(String requestUri) {
        return requestUri != null && (requestUri.equals("/api") || requestUri.startsWith("/api/"));
    }
}
