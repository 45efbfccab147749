package com.clientele.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData.TestProvider;
import com.clientele.TestData;
import com.clientele.apitoken.ApiTokenService;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.customer.CustomerService;
import com.clientele.demo.DemoAccounts;
import com.clientele.security.AccessMatrix.Access;
import com.clientele.security.AccessMatrix.Subject;
import com.clientele.security.ui.LoginView;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteNotFoundError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated from {@link AccessMatrix}: every view route, service method and REST endpoint, for
 * every kind of caller, is allowed or refused exactly as the table says — and the table has
 * everything the application offers.
 */
@IntegrationTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    private static final EnumSet<Subject> SESSION_SUBJECTS = EnumSet.of(Subject.ANONYMOUS, Subject.PROVIDER,
            Subject.ADMIN);
    private static final Map<Access, String> EXPRESSIONS = Map.of(
            // said out loud: a public service (the forgotten-password pages) is a decision, not an omission
            Access.PUBLIC, "permitAll()",
            Access.PROVIDER, "hasRole('PROVIDER')",
            Access.OWNER, "hasRole('OWNER')",
            Access.ADMIN, "hasRole('ADMIN')",
            Access.AUTHENTICATED, "isAuthenticated()");

    @Autowired
    TestData data;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    CustomerService customers;
    @Autowired
    ApiTokenService apiTokens;
    @LocalServerPort
    int port;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void theTableHasEveryRestEndpoint() {
        Set<String> endpoints = new HashSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(AccessMatrix.ENDPOINTS.keySet());
    }

    /**
     * Every endpoint for every kind of caller: no, revoked or disabled-account tokens are 401; the
     * wrong role is 403; the right role passes the gate. A provider asking for another provider's
     * customer gets the 404 of a missing one, and nothing changes.
     */
    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        TestProvider providerA = data.newProvider();
        TestProvider providerB = data.newProvider();
        BookingRef bookedWithB = data.book(providerB, "Bea Other", null, BookingStatus.COMPLETED, "30.00", 2);
        long customerOfB = bookedWithB.relationId();
        long bookingOfB = bookedWithB.bookingId();
        var before = data.as(providerB, () -> customers.details(customerOfB));
        TestProvider disabled = data.newProvider();
        String disabledToken = data.apiToken(disabled);
        data.setEnabled(disabled.email(), false);
        String revokedToken = data.as(providerA, () -> {
            var created = apiTokens.create("Soon revoked");
            apiTokens.revoke(created.summary().id());
            return created.token();
        });
        Map<Subject, String> tokens = new EnumMap<>(Subject.class);
        tokens.put(Subject.PROVIDER, data.apiToken(providerA));
        tokens.put(Subject.ADMIN, data.adminApiToken());
        tokens.put(Subject.REVOKED_TOKEN, revokedToken);
        tokens.put(Subject.DISABLED_PROVIDER, disabledToken);

        AccessMatrix.ENDPOINTS.forEach((endpoint, access) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("{relation_id}", String.valueOf(customerOfB))
                    .replace("{booking_id}", String.valueOf(bookingOfB))
                    .replace("{provider_id}", "999999999")
                    .replace("{member_id}", "999999999")
                    .replace("{invitation_id}", "999999999");
            for (Subject subject : Subject.values()) {
                String body = method.equals("GET") ? null : validBody(endpoint);
                ApiClient.Response response = endpoint.endsWith("/imports/")
                        ? ApiClient.at(port, tokens.get(subject)).postMultipart(path, ApiClient.multipart("customers.csv",
                                "name,email\nAda,ada@access.example\n".getBytes(StandardCharsets.UTF_8), "dry_run",
                                "true"))
                        : ApiClient.at(port, tokens.get(subject))
                                .send(method, path, body == null ? null : "application/json", body);
                String what = subject + " → " + endpoint;
                assertThat(response.header("Content-Type")).as(what).startsWith(response.status() >= 400
                        ? "application/problem+json" : "");
                if (subject == Subject.ANONYMOUS || subject == Subject.REVOKED_TOKEN
                        || subject == Subject.DISABLED_PROVIDER) {
                    assertThat(response.status()).as(what).isEqualTo(401);
                } else if (!access.allows(subject)) {
                    assertThat(response.status()).as(what).isEqualTo(403);
                } else {
                    assertThat(response.status()).as(what).isNotIn(401, 403);
                    if (endpoint.contains("{relation_id}") || endpoint.contains("{provider_id}")
                            || endpoint.contains("{booking_id}") || endpoint.contains("{member_id}")
                            || endpoint.contains("{invitation_id}")) {
                        assertThat(response.status()).as(what + ": someone else's or no such id").isEqualTo(404);
                    }
                }
            }
        });
        assertThat(data.as(providerB, () -> customers.details(customerOfB))).as("B's customer unchanged")
                .isEqualTo(before);
    }

    /** A body the endpoint would accept, so only the caller decides the answer. */
    private static String validBody(String endpoint) {
        if (endpoint.endsWith("/send_message/")) {
            return "{\"subject\": \"Hello\", \"body\": \"Just checking\"}";
        }
        if (endpoint.endsWith("/toggle_block/")) {
            return "{\"blocked_reason\": \"Testing access\"}";
        }
        if (endpoint.endsWith("/bookings/{booking_id}/")) {
            return "{\"staff_member_id\": null}";
        }
        if (endpoint.endsWith("/team/{member_id}/")) {
            return "{\"role\": \"staff\"}";
        }
        if (endpoint.startsWith("PATCH /api/bookings")) {
            return "{\"notes\": \"Written by someone else\"}";
        }
        if (endpoint.startsWith("PATCH /api/admin")) {
            return "{\"business_name\": \"Renamed\"}";
        }
        return "{}";
    }

    @Test
    void theTableHasEveryRouteAndEveryService() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = scanner.findCandidateComponents("com.clientele").stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
        assertThat(routes).containsExactlyInAnyOrderElementsOf(names(AccessMatrix.VIEWS.keySet()));

        Set<String> services = context.getBeansWithAnnotation(Service.class).values().stream()
                .map(bean -> AopUtils.getTargetClass(bean).getName())
                .filter(name -> name.startsWith("com.clientele.")).collect(Collectors.toSet());
        assertThat(services).containsExactlyInAnyOrderElementsOf(names(AccessMatrix.SERVICES.keySet()));
    }

    @Test
    void everyViewAdmitsExactlyWhomTheTableSays() {
        TestProvider provider = data.newProvider();
        for (Subject subject : SESSION_SUBJECTS) {
            signIn(subject, provider);
            AccessMatrix.VIEWS.forEach((view, access) -> {
                boolean shown = tryNavigate(view.asSubclass(Component.class));
                assertThat(shown).as(subject + " → " + view.getSimpleName()).isEqualTo(access.allows(subject));
                if (!shown) {
                    assertThat(getCurrentView()).as("refused without saying what exists")
                            .isInstanceOfAny(LoginView.class, RouteNotFoundError.class);
                }
            });
            data.logout();
        }
    }

    @Test
    void everyServiceMethodRefusesWhomTheTableRefuses() {
        TestProvider provider = data.newProvider();
        for (Subject subject : SESSION_SUBJECTS) {
            signIn(subject, provider);
            for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
                Access access = AccessMatrix.SERVICES.get(AopUtils.getTargetClass(bean));
                if (access == null || access == Access.INTERNAL || access.allows(subject)) {
                    continue;
                }
                for (Method method : operations(bean)) {
                    Throwable refusal = catchThrowable(() -> invoke(bean, method));
                    assertThat(refusal).as(subject + " → " + method)
                            .isInstanceOfAny(AccessDeniedException.class,
                                    AuthenticationCredentialsNotFoundException.class);
                }
            }
            data.logout();
        }
    }

    @Test
    void everyServiceMethodLetsInWhomTheTableAllows() {
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            Access access = AccessMatrix.SERVICES.get(type);
            if (access == null || access == Access.INTERNAL) {
                continue;
            }
            for (Method method : operations(bean)) {
                PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                if (rule == null) {
                    rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
                }
                assertThat(rule).as(method + " has a role check").isNotNull();
                assertThat(rule.value()).as(method.toString()).isEqualTo(EXPRESSIONS.get(access));
            }
        }
    }

    @Test
    void internalServicesAreOutOfReachOfViewsAndControllers() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.clientele");
        Class<?>[] internal = AccessMatrix.SERVICES.entrySet().stream()
                .filter(entry -> entry.getValue() == Access.INTERNAL).map(Map.Entry::getKey).toArray(Class<?>[]::new);
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().belongToAnyOf(internal)
                .because("only the sign-in process and the services themselves use them")
                .check(classes);
    }

    private void signIn(Subject subject, TestProvider provider) {
        switch (subject) {
            case PROVIDER -> data.login(provider.email());
            case ADMIN -> data.login(DemoAccounts.ADMIN_EMAIL);
            default -> data.logout();
        }
    }

    /** Navigates by URL, as a browser would; true when the route was shown (or forwarded onwards). */
    private boolean tryNavigate(Class<? extends Component> view) {
        UI.getCurrent().navigate(RouteConfiguration.forApplicationScope().getUrl(view));
        Object shown = getCurrentView();
        if (view == LoginView.class) {
            // everyone may open it; a signed-in user is sent on to their start page
            return shown instanceof LoginView || !(shown instanceof RouteNotFoundError);
        }
        return !(shown instanceof LoginView) && !(shown instanceof RouteNotFoundError);
    }

    private static Set<Method> operations(Object bean) {
        return Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !AccessMatrix.LIFECYCLE_METHODS.contains(method.getName()))
                .collect(Collectors.toSet());
    }

    private static void invoke(Object bean, Method method) throws Throwable {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(AuthorizationMatrixTest::placeholder).toArray();
        try {
            bean.getClass().getMethod(method.getName(), method.getParameterTypes()).invoke(bean, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static Set<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getName).collect(Collectors.toSet());
    }
}
