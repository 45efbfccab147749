package com.clientele.security;

import com.clientele.base.api.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests of the API chain as the token's
 * account. A token that does not check out is answered with 401 at once; a request without a
 * bearer token goes on unauthenticated and is refused by the chain's authorization rules.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final int MAX_TOKEN_LENGTH = 200;

    private final ApiTokenVerifier verifier;
    private final AuthenticationEntryPoint entryPoint;
    private final LoginThrottle throttle;
    private final ApiProblems problems;
    private final Clock clock;

    ApiTokenFilter(ApiTokenVerifier verifier, AuthenticationEntryPoint entryPoint, LoginThrottle throttle,
            ApiProblems problems, Clock clock) {
        this.verifier = verifier;
        this.entryPoint = entryPoint;
        this.throttle = throttle;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Looked up per request: Vaadin installs its own strategy after the security chains are built.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || alreadyAuthenticated(contexts)) {
            chain.doFilter(request, response);
            return;
        }
        // Each token presented takes one from the address's bucket before the lookup; a valid one gives it
        // back, so only unknown tokens use up the limit (and cost no database lookup once it is reached).
        Duration wait = throttle.tryToken(request.getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            contexts.clearContext();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests with unknown API "
                    + "tokens from this address: at most " + throttle.badTokensPerPeriod() + " per "
                    + throttle.badTokenPeriod().toMinutes() + " min. Retry after " + seconds + " s.", null);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<ApiTokenVerifier.VerifiedApiToken> verified = token.isEmpty() || token.length() > MAX_TOKEN_LENGTH
                ? Optional.empty() : verifier.verify(token, request.getRemoteAddr());
        if (verified.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
            return;
        }
        throttle.tokenWasValid(request.getRemoteAddr());
        AppUser user = new AppUser(verified.get().account(), clock);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(user, verified.get().tokenId()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /**
     * Whether a filter before this one already let the request in: on the metrics chain, the metrics
     * token or an admin's session. The API chain has neither, so there every bearer token is checked.
     */
    private static boolean alreadyAuthenticated(SecurityContextHolderStrategy contexts) {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
