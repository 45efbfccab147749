package com.clientele.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the sign-in form's POST before any password is checked:
 * <ul>
 * <li>a POST sent by another site's page is refused (403): the browser says so in
 * {@code Sec-Fetch-Site} or in an {@code Origin} that is not this server's (Vaadin's security
 * set-up exempts the login POST from the CSRF token, so this is the login CSRF defence);</li>
 * <li>too many attempts from one address or on one account are answered 429 with
 * {@code Retry-After}; the page sends the browser straight back to the sign-in form, which then
 * says how long to wait.</li>
 * </ul>
 * The client address is {@link HttpServletRequest#getRemoteAddr()}.
 */
final class LoginFormGuard extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    private final LoginThrottle throttle;

    LoginFormGuard(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LOGIN.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            page(response, HttpStatus.FORBIDDEN, "<p>This sign-in was sent from another site and was refused. "
                    + "<a href=\"login\">Sign in here</a>.</p>", null);
            return;
        }
        Duration wait = throttle.trySignIn(request.getRemoteAddr(), request.getParameter("username"));
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            long minutes = (seconds + 59) / 60;
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            String target = "login?throttled=" + minutes;
            TypedSignInName.remember(request);
            page(response, HttpStatus.TOO_MANY_REQUESTS, "<p>Too many sign-in attempts, try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + ". <a href=\"" + target + "\">Back to sign-in</a></p>",
                    target);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port < 0 || ("http".equalsIgnoreCase(scheme) && port == 80)
                || ("https".equalsIgnoreCase(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /** A small page of its own: these answers come before Vaadin, so no view renders them. */
    private static void page(HttpServletResponse response, HttpStatus status, String body, String refreshTo)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + (refreshTo == null ? "" : "<meta http-equiv=\"refresh\" content=\"0; url=" + refreshTo + "\">")
                + "<title>Sign in · Clientele</title></head><body>" + body + "</body></html>");
    }
}
