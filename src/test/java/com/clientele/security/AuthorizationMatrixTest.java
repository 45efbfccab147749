package com.clientele.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.activity.ActivityLog;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.booking.NewRule;
import com.clientele.customer.CustomerContact;
import com.clientele.merge.MergeChoices;
import com.clientele.merge.MergeService;
import com.clientele.booking.NoShowRules;
import com.clientele.booking.RuleAction;
import com.clientele.booking.RuleCounts;
import com.clientele.apitoken.ApiTokenService;
import com.clientele.booking.BookingFilter;
import com.clientele.booking.BookingQueries;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerService;
import com.clientele.customer.TeamWorkspace;
import com.clientele.customer.TeamWorkspace.Team;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamService;
import com.clientele.security.AccessMatrix.Access;
import com.clientele.security.AccessMatrix.ServiceRow;
import com.clientele.security.AccessMatrix.Subject;
import com.clientele.security.ui.LoginView;
import com.clientele.webhook.WebhookEndpointRequest;
import com.clientele.webhook.WebhookEventType;
import com.clientele.webhook.WebhookService;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated from {@link AccessMatrix}: every view route, service method and REST endpoint, for
 * every kind of caller — each team role, an admin, nobody, a disabled account, a revoked token —
 * is allowed or refused exactly as the table says; and the table has everything the application
 * offers.
 */
@IntegrationTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    /** Who can have a session (views, services); the other subjects only exist as API tokens. */
    private static final EnumSet<Subject> SESSION_SUBJECTS = EnumSet.of(Subject.ANONYMOUS, Subject.OWNER,
            Subject.MANAGER, Subject.STAFF, Subject.FRONT_DESK, Subject.ADMIN);
    /** An id nothing in the test database has: a lookup before the role check shows as "not found". */
    private static final long NO_SUCH_ID = 999_999_999L;

    @Autowired
    TestData data;
    @Autowired
    TeamWorkspace workspace;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    CustomerService customers;
    @Autowired
    BookingQueries bookings;
    @Autowired
    ActivityLog activity;
    @Autowired
    NoShowRules rules;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    TeamService team;
    @Autowired
    WebhookService webhooks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BookingService bookingService;
    @Autowired
    MergeService merges;
    @Autowired
    PlatformTransactionManager transactionManager;
    @LocalServerPort
    int port;
    /** The actuator endpoints exposed over HTTP (management.endpoints.web.exposure.include). */
    @Autowired
    WebEndpointsSupplier actuator;

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
        actuator.getEndpoints().stream().filter(endpoint -> !endpoint.getEndpointId().toString().equals("health"))
                .flatMap(endpoint -> endpoint.getOperations().stream())
                .forEach(operation -> endpoints.add(operation.getRequestPredicate().getHttpMethod().name() + " "
                        + "/actuator/" + operation.getRequestPredicate().getPath()));
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(AccessMatrix.ENDPOINTS.keySet());
    }

    @Test
    void theTableHasEveryRouteAndEveryService() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = scanner.findCandidateComponents("com.clientele").stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
        assertThat(routes).containsExactlyInAnyOrderElementsOf(names(AccessMatrix.VIEWS.keySet()));

        Set<String> services = serviceBeans().stream().map(bean -> AopUtils.getTargetClass(bean).getName())
                .collect(Collectors.toSet());
        assertThat(services).containsExactlyInAnyOrderElementsOf(names(AccessMatrix.SERVICES.keySet()));
        assertThat(AccessMatrix.METHODS.keySet()).as("METHODS only for services of the table")
                .allMatch(AccessMatrix.SERVICES::containsKey);
    }

    /**
     * Every public method of every service is decided exactly once: named in its service's row (the
     * class default) or in METHODS, never in both, and nothing is named that does not exist — so a
     * new method fails here until someone decides which capability it needs.
     */
    @Test
    void theTableDecidesEveryPublicServiceMethodOnce() {
        for (Object bean : serviceBeans()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ServiceRow row = AccessMatrix.SERVICES.get(type);
            Set<String> special = AccessMatrix.METHODS.getOrDefault(type, Map.of()).keySet().stream()
                    .filter(key -> !key.contains("(")).collect(Collectors.toSet());
            Set<String> overloads = AccessMatrix.METHODS.getOrDefault(type, Map.of()).keySet().stream()
                    .filter(key -> key.contains("(")).collect(Collectors.toSet());
            assertThat(operations(bean).stream().map(AccessMatrix::signature).collect(Collectors.toSet()))
                    .as(type.getSimpleName() + ": overloads named by signature exist").containsAll(overloads);
            Set<String> methods = operations(bean).stream().map(Method::getName).collect(Collectors.toSet());
            if (row.methods().isEmpty() && row.byDefault().internal()) {
                assertThat(special).as(type.getSimpleName() + " is internal as a whole").isEmpty();
                continue;
            }
            assertThat(row.methods().stream().filter(special::contains))
                    .as(type.getSimpleName() + ": named in both its row and METHODS").isEmpty();
            Set<String> decided = new HashSet<>(row.methods());
            decided.addAll(special);
            assertThat(decided).as(type.getSimpleName() + ": the table's decisions and the public methods")
                    .isEqualTo(methods);
        }
    }

    @Test
    void accessByCapabilityIsComputedFromTheTeamRoles() {
        for (TeamRole.Capability capability : TeamRole.Capability.values()) {
            Access access = Access.team(capability);
            for (TeamRole role : TeamRole.values()) {
                assertThat(access.allows(Subject.of(role))).as(role + " " + capability).isEqualTo(role.may(capability));
                assertThat(access.ownOnly(Subject.of(role))).as(role + " " + capability + " own only")
                        .isEqualTo(role.scope(capability) == TeamRole.Scope.OWN);
            }
            assertThat(access.allows(Subject.ADMIN)).as("admins never act for a business").isFalse();
        }
    }

    /** Every view, navigated to by URL by every kind of session, is shown or refused as the table says. */
    @Test
    void everyViewAdmitsExactlyWhomTheTableSays() {
        Map<Subject, TestMember> members = members(data.newProvider());
        for (Subject subject : SESSION_SUBJECTS) {
            signIn(subject, members);
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

    /**
     * Every public method of every service, invoked for real through the Spring proxy by every kind
     * of session with ids that do not exist: the refused get {@link AccessDeniedException} (or, not
     * signed in, {@link AuthenticationCredentialsNotFoundException}) — so the role is checked before
     * anything is looked up or validated — and the allowed get anything else. Each call runs in a
     * transaction that is rolled back.
     */
    @Test
    void everyServiceMethodRefusesWhomTheTableRefusesAndLetsInTheRest() {
        Map<Subject, TestMember> members = members(data.newProvider());
        List<String> wrong = new ArrayList<>();
        for (Subject subject : SESSION_SUBJECTS) {
            signIn(subject, members);
            for (Object bean : serviceBeans()) {
                Class<?> type = AopUtils.getTargetClass(bean);
                for (Method method : operations(bean)) {
                    Access access = AccessMatrix.method(type, method);
                    if (access == null || access.internal()) {
                        continue;
                    }
                    Throwable outcome = invokeAndRollBack(bean, method);
                    boolean refused = outcome instanceof AccessDeniedException
                            || outcome instanceof AuthenticationCredentialsNotFoundException;
                    if (refused == access.allows(subject)) {
                        wrong.add(subject + " → " + type.getSimpleName() + "." + method.getName() + ": "
                                + (refused ? "refused" : "let in, " + outcome));
                    }
                }
            }
            data.logout();
        }
        assertThat(wrong).as("calls answered against the table").isEmpty();
    }

    /**
     * The {@code @PreAuthorize} rule says who may reach the service at all; the capability of a
     * team role is checked inside (see {@link Access#expression()}).
     */
    @Test
    void everyServiceMethodCarriesTheRuleOfItsAccess() {
        for (Object bean : serviceBeans()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method method : operations(bean)) {
                Access access = AccessMatrix.method(type, method);
                if (access == null || access.internal()) {
                    continue;
                }
                PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                if (rule == null) {
                    rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
                }
                assertThat(rule).as(method + " has a role check").isNotNull();
                assertThat(rule.value()).as(method.toString()).isEqualTo(access.expression());
            }
        }
    }

    @Test
    void internalServicesAndMethodsAreOutOfReachOfViewsAndControllers() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.clientele");
        Class<?>[] internal = AccessMatrix.SERVICES.entrySet().stream()
                .filter(entry -> entry.getValue().methods().isEmpty() && entry.getValue().byDefault().internal())
                .map(Map.Entry::getKey).toArray(Class<?>[]::new);
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().belongToAnyOf(internal)
                .because("only the sign-in process and the services themselves use them")
                .check(classes);

        Set<String> internalMethods = new HashSet<>();
        AccessMatrix.SERVICES.forEach((type, row) -> row.methods().stream()
                .filter(name -> AccessMatrix.method(type, name).internal())
                .forEach(name -> internalMethods.add(type.getName() + "#" + name)));
        AccessMatrix.METHODS.forEach((type, methods) -> methods.forEach((name, access) -> {
            if (access.internal()) {
                internalMethods.add(type.getName() + "#" + name);
            }
        }));
        assertThat(internalMethods).isNotEmpty();
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().callMethodWhere(DescribedPredicate.describe("an internal service method",
                        (JavaMethodCall call) -> internalMethods.contains(
                                call.getTargetOwner().getName() + "#" + call.getName())))
                .because("other services call them inside an operation that checked the role first")
                .check(classes);
    }

    /**
     * Every endpoint for every kind of caller. No, revoked or disabled-account tokens are 401; a role
     * the table refuses is 403 even for a customer of its own business it could see — and nothing of
     * the business changes; a role it allows passes the gate for one of its business's customers it
     * may reach, gets the 404 of a missing one for another business's id, and a staff member gets
     * the same 404 for a colleague's customer. Business B stays as it was.
     */
    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        Team a = workspace.create();
        Team b = workspace.create();
        // a booking handed on names the staff member who served it already, so Anna stays staff's own
        long staff = a.staff().memberId();
        // a member and an invitation of A's for each call that names one: it may disable or remove them
        LongSupplier spareMember = () -> data.newMember(a.business(), TeamRole.FRONT_DESK).memberId();
        LongSupplier openInvitation = () -> invitation(a);
        long bMember = b.frontDesk().memberId();
        long bInvitation = invitation(b);
        // an endpoint of A's with a delivery, and a spare one for each delete (a business has at most 20)
        long aWebhook = webhook(a);
        long aDelivery = delivery(aWebhook);
        LongSupplier spareWebhook = () -> webhook(a);
        long bWebhook = webhook(b);
        long bDelivery = delivery(bWebhook);
        LongSupplier spareRule = () -> rule(a);
        long bRule = rule(b);
        // a customer to merge into Anna, a pair to dismiss and a merge to undo: a new one for each call,
        // made before the calls so that a refused call's "nothing changed" holds
        LongSupplier spareCustomer = pool(() -> spareCustomer(a));
        LongSupplier sparePair = pool(() -> pair(a));
        LongSupplier spareMerge = pool(() -> merge(a));
        long bPair = pair(b);
        long bMerge = merge(b);
        long bSpare = spareCustomer(b);
        Ids reachable = new Ids(a.relation("Anna"), a.customers().get("Anna").bookingId(), a.business().id(), staff,
                spareMember, openInvitation, aWebhook, aDelivery, spareWebhook, spareRule, spareCustomer, sparePair,
                spareMerge);
        Ids foreign = new Ids(b.relation("Anna"), b.customers().get("Anna").bookingId(), NO_SUCH_ID, staff,
                () -> bMember, () -> bInvitation, bWebhook, bDelivery, () -> bWebhook, () -> bRule,
                () -> bSpare, () -> bPair, () -> bMerge);
        Ids colleagues = new Ids(a.relation("Bob"), a.customers().get("Bob").bookingId(), a.business().id(), staff,
                spareMember, openInvitation, aWebhook, aDelivery, spareWebhook, spareRule, spareCustomer, sparePair,
                spareMerge);
        var bBefore = state(b.owner());
        Map<Subject, String> tokens = tokens(a);

        AccessMatrix.ENDPOINTS.forEach((endpoint, access) -> {
            boolean admin = endpoint.contains("/api/admin/");
            for (Subject subject : Subject.values()) {
                String what = subject + " → " + endpoint;
                String token = tokens.get(subject);
                if (subject.role() == null && subject != Subject.ADMIN || !access.allows(subject)) {
                    var before = state(a.owner());
                    ApiClient.Response response = call(endpoint, token, reachable, false);
                    int expected = subject == Subject.ANONYMOUS || subject == Subject.REVOKED_TOKEN
                            || subject == Subject.DISABLED_PROVIDER ? 401 : 403;
                    assertThat(response.status()).as(what + " " + response).isEqualTo(expected);
                    assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
                    assertThat(state(a.owner())).as(what + ": nothing changed").isEqualTo(before);
                    continue;
                }
                if (!admin || !namesAnId(endpoint)) {
                    // admins act on providers: only the id-free admin endpoints (list, a create without a body)
                    ApiClient.Response own = call(endpoint, token, reachable, true);
                    assertThat(own.status()).as(what + " " + own).isNotIn(401, 403, 404);
                }
                if (namesAnId(endpoint)) {
                    ApiClient.Response other = call(endpoint, token, foreign, true);
                    assertThat(other.status()).as(what + ": another business's or no such id " + other).isEqualTo(404);
                    assertThat(other.header("Content-Type")).as(what).startsWith("application/problem+json");
                    if (access.ownOnly(subject)) {
                        ApiClient.Response colleague = call(endpoint, token, colleagues, true);
                        assertThat(colleague.status()).as(what + ": a colleague's customer " + colleague)
                                .isEqualTo(404);
                    }
                }
            }
        });
        assertThat(state(b.owner())).as("business B unchanged").isEqualTo(bBefore);
        data.revokeAdminApiTokens();
    }

    /** The ids an endpoint's path or body names, of one business; members and invitations made on demand. */
    private record Ids(long relation, long booking, long provider, long staffMember, LongSupplier member,
            LongSupplier invitation, long webhook, long delivery, LongSupplier spareWebhook, LongSupplier rule,
            LongSupplier spareCustomer, LongSupplier pair, LongSupplier merge) {
    }

    /** Ids made up front, one handed out per call (there are fewer calls than subjects twice over). */
    private static LongSupplier pool(LongSupplier make) {
        java.util.Deque<Long> made = new java.util.ArrayDeque<>();
        for (int i = 0; i < 2 * Subject.values().length; i++) {
            made.add(make.getAsLong());
        }
        return made::pop;
    }

    private static final java.util.concurrent.atomic.AtomicInteger SPARES = new java.util.concurrent.atomic.AtomicInteger();

    /** A new customer of the business (one visit). */
    private long spareCustomer(Team business) {
        int n = SPARES.incrementAndGet();
        return data.as(business.owner(), () -> bookingService.create(NewBooking.forNewCustomer(
                new CustomerContact("Spare Matrix " + n, "spare-" + n + "-" + UUID.randomUUID() + "@matrix.example",
                        null), "Matrix", java.time.Instant.now().minus(java.time.Duration.ofDays(3))
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES), 30, java.math.BigDecimal.TEN,
                BookingStatus.COMPLETED))).relationId();
    }

    /** A possible duplicate of the business's, as the duplicate check stores one (of made-up relations: dismissing needs no more). */
    private long pair(Team business) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        long first = 1_000_000_000L + 2L * SPARES.incrementAndGet();
        jdbc.sql("INSERT INTO duplicate_pair (provider_id, first_id, second_id, score, reasons, found_at)"
                        + " VALUES (:provider, :first, :second, 50, 'same_email', NOW(6))")
                .param("provider", business.business().id()).param("first", first)
                .param("second", first + 1).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** A merge of a new customer into Anna, undoable. */
    private long merge(Team business) {
        return data.as(business.owner(), () -> {
            merges.merge(business.relation("Anna"), spareCustomer(business), MergeChoices.DEFAULT);
            return merges.history(0, 1).getFirst().id();
        });
    }

    private static final java.util.concurrent.atomic.AtomicInteger RULE_DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /** A rule of the business's (a new one each time: a delete removes it). */
    private long rule(Team business) {
        return data.as(business.owner(), () -> rules.create(new NewRule(RuleCounts.NO_SHOWS, 3,
                1 + RULE_DAYS.incrementAndGet() % NoShowRules.WITHIN_DAYS_MAX, RuleAction.FLAG, null))).id();
    }

    private long webhook(Team business) {
        return data.as(business.owner(), () -> webhooks.create(new WebhookEndpointRequest(
                "https://127.0.0.1:9/matrix", null, Set.of(WebhookEventType.BOOKING_CREATED), true))).endpoint().id();
    }

    /** A delivered event of the endpoint, written as the webhook listener writes one. */
    private long delivery(long endpointId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, body, status, attempts, created_at)"
                        + " VALUES (:endpoint, :event, 'booking.created', '{}', 'DELIVERED', 1, NOW(6))")
                .param("endpoint", endpointId).param("event", "evt_" + UUID.randomUUID()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private long invitation(Team business) {
        return data.as(business.owner(), () -> team.invite("Invited Matrix", "invited-" + UUID.randomUUID()
                + "@matrix.example", TeamRole.STAFF).invitationId());
    }

    private Map<Subject, String> tokens(Team a) {
        TestProvider disabled = data.newProvider();
        String disabledToken = data.apiToken(disabled);
        data.setEnabled(disabled.email(), false);
        String revokedToken = data.as(a.owner(), () -> {
            var created = apiTokens.create("Soon revoked");
            apiTokens.revoke(created.summary().id());
            return created.token();
        });
        Map<Subject, String> tokens = new EnumMap<>(Subject.class);
        tokens.put(Subject.OWNER, data.apiToken(a.owner()));
        tokens.put(Subject.MANAGER, data.apiToken(a.manager()));
        tokens.put(Subject.STAFF, data.apiToken(a.staff()));
        tokens.put(Subject.FRONT_DESK, data.apiToken(a.frontDesk()));
        tokens.put(Subject.ADMIN, data.adminApiToken());
        tokens.put(Subject.REVOKED_TOKEN, revokedToken);
        tokens.put(Subject.DISABLED_PROVIDER, disabledToken);
        return tokens;
    }

    /** What a refused call must not change: the business's customers, bookings and recent activity. */
    private List<Object> state(TestMember owner) {
        return data.as(owner, () -> List.of(
                customers.listDetails(CustomerFilter.ALL, CustomerOrder.DEFAULT, 0, 500),
                bookings.list(BookingFilter.ALL, PageRequest.of(0, 200)),
                activity.recent(100)));
    }

    private static boolean namesAnId(String endpoint) {
        return endpoint.contains("{") || endpoint.equals("POST " + ApiClient.DASHBOARD + "/bookings/");
    }

    /**
     * One call with a body the endpoint would accept, so only the caller decides the answer. Allowed
     * callers import a dry run; refused ones a real import, which must not write anything.
     */
    private ApiClient.Response call(String endpoint, String token, Ids ids, boolean allowed) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String path = pattern.replace("{relation_id}", String.valueOf(ids.relation()))
                .replace("{booking_id}", String.valueOf(ids.booking()))
                .replace("{provider_id}", String.valueOf(ids.provider()));
        if (path.contains("{member_id}")) {
            path = path.replace("{member_id}", String.valueOf(ids.member().getAsLong()));
        }
        if (path.contains("{invitation_id}")) {
            path = path.replace("{invitation_id}", String.valueOf(ids.invitation().getAsLong()));
        }
        if (path.contains("{webhook_id}")) {
            long webhook = method.equals("DELETE") ? ids.spareWebhook().getAsLong() : ids.webhook();
            path = path.replace("{webhook_id}", String.valueOf(webhook))
                    .replace("{delivery_id}", String.valueOf(ids.delivery()));
        }
        if (path.contains("{pair_id}")) {
            path = path.replace("{pair_id}", String.valueOf(ids.pair().getAsLong()));
        }
        if (path.contains("{merge_id}")) {
            path = path.replace("{merge_id}", String.valueOf(ids.merge().getAsLong()));
        }
        if (path.contains("{rule_id}")) {
            path = path.replace("{rule_id}", String.valueOf(ids.rule().getAsLong()));
        }
        assertThat(path).as("an id of " + endpoint + " the test does not know: add it to Ids").doesNotContain("{");
        ApiClient api = ApiClient.at(port, token);
        for (int attempt = 1; ; attempt++) {
            ApiClient.Response response = endpoint.endsWith("/imports/")
                    ? api.postMultipart(path, ApiClient.multipart("customers.csv",
                            "name,email\nAda,ada.matrix@access.example\n".getBytes(StandardCharsets.UTF_8),
                            "dry_run", String.valueOf(allowed)))
                    : api.send(method, path, method.equals("GET") ? null : "application/json",
                            method.equals("GET") ? null : body(endpoint, ids));
            if (response.status() != 429 || attempt == 5) {
                return response;
            }
            // the token's rate limit: wait as told
            sleep(Long.parseLong(response.header("Retry-After")));
        }
    }

    private static String body(String endpoint, Ids ids) {
        if (endpoint.endsWith("/team/invitations/")) {
            return "{\"name\": \"Invited Matrix\", \"email\": \"invited-%s@matrix.example\", \"role\": \"staff\"}"
                    .formatted(UUID.randomUUID());
        }
        if (endpoint.contains("/webhooks/")) {
            return "{\"url\": \"https://127.0.0.1:9/matrix-%s\", \"event_types\": [\"booking.created\"]}"
                    .formatted(UUID.randomUUID());
        }
        if (endpoint.endsWith("/team/{member_id}/")) {
            return "{\"role\": \"staff\"}";
        }
        if (endpoint.endsWith("/send_message/")) {
            return "{\"subject\": \"Hello\", \"body\": \"Just checking\"}";
        }
        if (endpoint.endsWith("/toggle_block/")) {
            return "{\"blocked_reason\": \"Testing access\"}";
        }
        if (endpoint.endsWith("/rules_exemption/")) {
            return "{\"reason\": \"Testing access\"}";
        }
        if (endpoint.endsWith("/no_show_rules/")) {
            return "{\"counts\": \"either\", \"threshold\": %d, \"within_days\": 30, \"action\": \"block\"}"
                    .formatted(1 + RULE_DAYS.incrementAndGet() % NoShowRules.THRESHOLD_MAX);
        }
        if (endpoint.endsWith("/merge/")) {
            return "{\"other_id\": %d}".formatted(ids.spareCustomer().getAsLong());
        }
        if (endpoint.endsWith("/no_show_settings/")) {
            return "{\"late_cancellation_hours\": 24}";
        }
        if (endpoint.endsWith("/bookings/{booking_id}/")) {
            return "{\"staff_member_id\": %d}".formatted(ids.staffMember());
        }
        if (endpoint.endsWith("/bookings/")) {
            return """
                    {"relation_id": %d, "service_name": "Matrix", "start_time": "2026-03-10T14:30:00Z",
                     "duration_minutes": 45, "price": "10.00"}""".formatted(ids.relation());
        }
        if (endpoint.startsWith("PATCH /api/bookings")) {
            return "{\"notes\": \"Written by someone else\"}";
        }
        if (endpoint.startsWith("PATCH /api/admin")) {
            return "{\"business_name\": \"Renamed\"}";
        }
        return "{}";
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(Math.max(1, seconds) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A business with a member of every role. */
    private Map<Subject, TestMember> members(TestProvider business) {
        Map<Subject, TestMember> members = new EnumMap<>(Subject.class);
        members.put(Subject.OWNER, data.owner(business));
        for (TeamRole role : List.of(TeamRole.MANAGER, TeamRole.STAFF, TeamRole.FRONT_DESK)) {
            members.put(Subject.of(role), data.newMember(business, role));
        }
        return members;
    }

    private void signIn(Subject subject, Map<Subject, TestMember> members) {
        if (subject == Subject.ADMIN) {
            data.login(DemoAccounts.ADMIN_EMAIL);
        } else if (members.containsKey(subject)) {
            data.login(members.get(subject).email());
        } else {
            data.logout();
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

    private List<Object> serviceBeans() {
        return context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getName().startsWith("com.clientele.")).toList();
    }

    private static Set<Method> operations(Object bean) {
        return Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !AccessMatrix.LIFECYCLE_METHODS.contains(method.getName()))
                .collect(Collectors.toSet());
    }

    /** Invokes the method with placeholder arguments in a transaction that is rolled back; what it threw, if anything. */
    private Throwable invokeAndRollBack(Object bean, Method method) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            return catchThrowable(() -> invoke(bean, method));
        });
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
            return NO_SUCH_ID;
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
