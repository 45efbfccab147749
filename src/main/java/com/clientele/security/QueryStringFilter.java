package com.clientele.security;

import com.clientele.base.api.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string Tomcat cannot decode ({@code ?search=%zz}, a lone {@code %}, bytes that
 * are not UTF-8) before anything reads a parameter: Tomcat would throw on the first
 * {@code getParameter} call, deep inside whichever controller, view or filter asked, and that
 * became a 500. Here it is a 400 that names the parameter, for every path: problem+json under
 * {@code /api/}, a short text elsewhere, both with the security headers.
 */
class QueryStringFilter extends OncePerRequestFilter {

    static final String MESSAGE = "Not valid URL encoding: write other characters as UTF-8 bytes in %XX form,"
            + " with two hexadecimal digits";
    private static final int MAX_NAME = 60;

    private final ApiProblems problems;

    QueryStringFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String broken = undecodableParameter(request.getQueryString());
        if (broken == null) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.write(response);
        if (SecurityHeaders.isApi(request.getRequestURI())) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, broken + ": " + MESSAGE, Map.of(broken, MESSAGE));
            return;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("Bad request: parameter " + broken + ": " + MESSAGE + "\n");
    }

    /** The name of the first parameter whose name or value does not decode, or null when all do. */
    static String undecodableParameter(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null) {
                return label(name != null ? name : rawName);
            }
        }
        return null;
    }

    private static String label(String name) {
        String shown = name.isBlank() ? "(unnamed)" : name;
        return shown.length() > MAX_NAME ? shown.substring(0, MAX_NAME) + "…" : shown;
    }

    /** Form decoding as Tomcat does it, but strict: null for a broken escape or bytes that are not UTF-8. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.ISO_8859_1);
                bytes.writeBytes(encoded);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
