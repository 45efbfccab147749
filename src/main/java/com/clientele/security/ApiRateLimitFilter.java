package com.clientele.security;

import com.clientele.base.api.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 429 with {@code Retry-After} when a token goes past its request rate. */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimiter limiter;
    private final ApiProblems problems;

    ApiRateLimitFilter(ApiRateLimiter limiter, ApiProblems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token) {
            Duration wait = limiter.acquire(token.tokenId());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, String.format(
                        "Too many requests with this token: at most %.0f a second, in bursts of up to %d. "
                                + "Retry after %d s.", limiter.perSecond(), limiter.burst(), seconds), null);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
