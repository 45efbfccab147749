package com.clientele.security;

import com.clientele.base.api.StrictHeaders;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers for responses made before or outside the security filter chains: the
 * container's own error responses (a malformed request line, a header over the size limit, a URL
 * Tomcat cannot normalise), requests the firewall rejects, query strings that cannot be decoded
 * and forms that cannot be read. The API's values ({@link StrictHeaders}): such a response is an
 * error message, never a page that runs or loads anything.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** Sets each header the response does not have yet. */
    static void write(HttpServletResponse response) {
        StrictHeaders.writeIfAbsent(response);
    }

    /** Whether a request path (as sent, not decoded) is one of the REST API's, whose errors are problems. */
    static boolean isApi(String requestUri) {
        return requestUri != null && (requestUri.equals("/api") || requestUri.startsWith("/api/"));
    }
}
