package com.clientele.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a posted form ({@code application/x-www-form-urlencoded}: the sign-in) before anything else
 * asks for a parameter. A form Tomcat cannot read (larger than {@code
 * server.tomcat.max-http-form-post-size}, 2 MB by default) made Tomcat throw from the first
 * {@code getParameter} call, inside the sign-in filters, and that was logged twice with a stack
 * trace (once more by the error page that read the form again). Here it is answered once, with
 * Tomcat's status (413 for the size) and the security headers. The API takes no forms; its own
 * filter caps every body by its length before reading it.
 */
class FormBodyFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isForm(request) && !SecurityHeaders.isApi(request.getRequestURI())) {
            try {
                request.getParameterMap();
            } catch (InvalidParameterException e) {
                refuse(response, e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                        ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(parse(type));
    }

    private static MediaType parse(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (IllegalArgumentException e) {
            return MediaType.ALL;
        }
    }

    private static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
        String detail = status == HttpStatus.CONTENT_TOO_LARGE ? "The form is larger than the server accepts"
                : "The form could not be read: write it as name=value pairs in UTF-8, with %XX escapes";
        SecurityHeaders.write(response);
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(detail + "\n");
    }
}
