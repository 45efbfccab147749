package com.clientele.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the metrics scraper in: {@code Authorization: Bearer <app.metrics.token>} authenticates the
 * request with the role {@code METRICS} and nothing else. The token is compared in constant time,
 * on SHA-256 digests so that not even its length shows in the timing. Any other bearer token goes on
 * to the API token check, so that an admin's API token works as well.
 */
final class MetricsTokenFilter extends OncePerRequestFilter {

    static final String SCRAPER = "metrics-scraper";
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    MetricsTokenFilter(MetricsSettings settings) {
        this.expected = settings.tokenAccess() ? digest(settings.token().strip()) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (expected != null && header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && MessageDigest.isEqual(expected, digest(header.substring(BEARER.length()).strip()))) {
            SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SCRAPER, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + Roles.METRICS))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
