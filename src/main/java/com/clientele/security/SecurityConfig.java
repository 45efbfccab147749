package com.clientele.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.clientele.base.Text;
import com.clientele.base.api.ApiProblems;
import com.clientele.base.api.StrictHeaders;
import com.clientele.security.ui.LoginView;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** The OpenAPI document and Swagger UI: public, so integrators can read them before they have a token. */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        hardenHeaders(http, DOCS_POLICY);
        return http.build();
    }

    /**
     * The REST API: stateless, authenticated by API tokens only (a browser session does not count,
     * so there is nothing to forge across sites and no CSRF token), rate-limited per token, unknown
     * tokens limited per client address, and
     * every refusal as application/problem+json.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenVerifier tokens, ApiRateLimiter rateLimiter,
            LoginThrottle throttle, ApiProblems problems, Clock clock) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            boolean tokenSent = failure instanceof BadCredentialsException;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"Clientele API\"" + (tokenSent ? ", error=\"invalid_token\"" : ""));
            problems.write(request, response, HttpStatus.UNAUTHORIZED, tokenSent
                    ? "The API token is unknown or revoked, or its account is disabled."
                    : "Send an API token as 'Authorization: Bearer <token>'."
                            + " Tokens are created on the API access page.",
                    null);
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, Text.of("error.not-allowed"));
        ApiTokenFilter tokenFilter = new ApiTokenFilter(tokens, unauthorized, throttle, problems, clock);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/api/bookings/**").hasRole(Roles.PROVIDER)
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(tokenFilter, AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(rateLimiter, problems), ApiTokenFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        hardenHeaders(http, API_POLICY);
        return http.build();
    }

    /**
     * The Prometheus metrics: for the scraper with {@code Authorization: Bearer <app.metrics.token>}, an
     * admin's API token, or a signed-in admin's session (read, never created: no CSRF token is needed
     * for a GET that changes nothing). Everyone else gets a problem: 401 without a valid credential,
     * 403 for a member of a business.
     */
    @Bean
    @Order(0) // beside the docs chain: their paths do not overlap
    SecurityFilterChain metricsChain(HttpSecurity http, MetricsSettings settings, ApiTokenVerifier tokens,
            LoginThrottle throttle, ApiProblems problems, Clock clock, SessionRegistry sessionRegistry)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Clientele metrics\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, failure instanceof BadCredentialsException
                    ? "The token is neither the metrics token nor a valid API token."
                    : "Send the metrics token (METRICS_TOKEN) as 'Authorization: Bearer <token>', or sign in as an"
                            + " admin.", null);
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, Text.of("error.not-allowed"));
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Roles.METRICS, Roles.ADMIN))
                // an admin's session that was ended (account disabled, password reset) is signed out here too
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                        .maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(expired -> problems.write(expired.getRequest(), expired.getResponse(),
                                HttpStatus.UNAUTHORIZED, "This session has ended. Sign in again.", null)))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new MetricsTokenFilter(settings), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ApiTokenFilter(tokens, unauthorized, throttle, problems, clock),
                        MetricsTokenFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
        hardenHeaders(http, API_POLICY);
        return http.build();
    }

    /** The Vaadin UI with its login view; also the health endpoint for load balancers. */
    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, SessionRegistry sessionRegistry, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/icons/favicon.svg").permitAll());
        // A session an admin ended (account disabled, password reset) is signed out at its next request.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // A refused sign-in goes back to the form as before, which shows the e-mail typed again.
        http.formLogin(form -> form.failureHandler(
                new TypedSignInName.FailureHandler(LoginFormGuard.LOGIN + "?error")));
        // Cross-site sign-in POSTs and too many attempts are refused before a password is checked.
        http.addFilterBefore(new LoginFormGuard(throttle), UsernamePasswordAuthenticationFilter.class);
        hardenHeaders(http, UI_POLICY);
        return http.build();
    }

    /**
     * Vaadin needs inline scripts, eval and inline styles (see the Vaadin documentation on CSP); the
     * rest is locked to this origin and the page may not be framed.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = StrictHeaders.PERMISSIONS_POLICY;
    /** JSON and CSV only: nothing may be loaded or run, and nothing may frame it. */
    static final String API_POLICY = StrictHeaders.CONTENT_POLICY;
    /** Swagger UI: its own scripts and styles from this origin. */
    static final String DOCS_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /**
     * The security headers of every response. Written as soon as the request enters the chain, not
     * when the response is committed: the Vaadin bootstrap page would otherwise go out without them.
     */
    private static void hardenHeaders(HttpSecurity http, String policy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    /**
     * No Micrometer observations of security decisions: nothing here collects traces, and wrapping
     * every {@code @PreAuthorize} check in an observation (context, meter lookup, method description)
     * cost more than the SQL of a typical page of customers.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Lets an admin end every open session of an account. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
