package com.clientele.bench;

import com.clientele.workspace.ui.CustomersView;
import com.clientele.security.AppUser;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.internal.UIInternals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Heap held per logged-in provider on the customers workspace: opens many sessions of the busy
 * provider with browserless UIs (real Vaadin sessions, UIs and views on the running application,
 * without a browser), each showing the workspace with its first page of customers rendered as the
 * grid does for a browser, then measures the heap still in use after full garbage collections.
 */
final class MemoryBenchmark {

    static final double TARGET_KB = 250;

    private final ApplicationContext context;
    private final String busyEmail;
    private final int sessions;

    MemoryBenchmark(ApplicationContext context, String busyEmail) {
        this(context, busyEmail, Integer.parseInt(System.getenv().getOrDefault("BENCH_SESSIONS", "200")));
    }

    MemoryBenchmark(ApplicationContext context, String busyEmail, int sessions) {
        this.context = context;
        this.busyEmail = busyEmail;
        this.sessions = sessions;
    }

    /** What one variant of the workspace holds per session. */
    record Result(String name, int sessions, long bytes) {

        double kilobytesPerSession() {
            return bytes / 1024.0 / sessions;
        }
    }

    int run() {
        List<Result> results = measureAll();
        System.out.println(QueryBenchmark.environment());
        results.forEach(r -> System.out.printf(Locale.ROOT, "memory  %-58s %5d sessions  %8.1f KB per session%s%n",
                r.name(), r.sessions(), r.kilobytesPerSession(),
                r.name().startsWith("customers workspace, first page") ? (r.kilobytesPerSession() <= TARGET_KB
                        ? "  ok (target " + (int) TARGET_KB + " KB)" : "  MISSED (target " + (int) TARGET_KB + " KB)")
                        : ""));
        return results.getFirst().kilobytesPerSession() <= TARGET_KB ? 0 : 1;
    }

    List<Result> measureAll() {
        AppUser user = (AppUser) context.getBean(UserDetailsService.class).loadUserByUsername(busyEmail);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        try (SecuredBrowserlessApplicationContext<Authentication> app =
                     SpringBrowserlessApplicationContext.createSecured(context, "com.clientele")) {
            // settle classes, caches and the JIT before anything is counted
            measure(app, authentication, Math.min(20, sessions), ui -> { });
            List<Result> results = new ArrayList<>();
            results.add(new Result("customers workspace, first page of the grid shown", sessions,
                    measure(app, authentication, sessions, ui -> { })));
            results.add(new Result("the same, scrolled to rows 40,000-40,099", sessions,
                    measure(app, authentication, sessions, ui -> showRows(ui, 40_000, 100))));
            results.add(new Result("the same, with a customer's details dialog open", sessions,
                    measure(app, authentication, sessions, MemoryBenchmark::openDetails)));
            return results;
        }
    }

    /** Opens the sessions, does {@code then} in each, and returns the heap they hold together. */
    private long measure(SecuredBrowserlessApplicationContext<Authentication> app, Authentication authentication,
            int count, Consumer<BrowserlessUIContext> then) {
        long before = HeapWatch.usedAfterGc();
        String histogramBefore = System.getenv("BENCH_HISTO") != null ? histogram() : null;
        List<BrowserlessUserContext> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BrowserlessUserContext user = app.newUser(authentication);
            BrowserlessUIContext ui = user.newWindow();
            ui.navigate(CustomersView.class);
            showRows(ui, 0, 50);
            then.accept(ui);
            users.add(user);
        }
        long held = HeapWatch.usedAfterGc() - before;
        if (histogramBefore != null) {
            System.out.println(difference(histogramBefore, histogram(), count));
        }
        users.forEach(BrowserlessUserContext::close);
        return held;
    }

    /** What the browser's grid asks for: the rows in view, rendered and sent. */
    private static void showRows(BrowserlessUIContext ui, int first, int count) {
        ui.activate();
        customerGrid(ui).getDataCommunicator().setViewportRange(first, count);
        respond(ui);
    }

    private static void openDetails(BrowserlessUIContext ui) {
        ui.activate();
        Grid<?> grid = customerGrid(ui);
        ui.test(grid).invokeLitRendererFunction(0, "name", "open");
        respond(ui);
    }

    /**
     * A server round trip as far as the server keeps anything of it: the browserless round trip
     * runs what precedes a response, and this takes out the changes and JavaScript calls a real
     * response would carry to the browser (the browserless one keeps them queued).
     */
    private static void respond(BrowserlessUIContext ui) {
        ui.roundTrip();
        UIInternals internals = ui.getUI().getInternals();
        internals.getStateTree().collectChanges(change -> { });
        internals.dumpPendingJavaScriptInvocations();
    }

    /** The classes taking most of the heap (BENCH_HISTO set): a diagnostic. */
    private static String histogram() {
        try {
            var server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            var name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
            String text = (String) server.invoke(name, "gcClassHistogram", new Object[] {null},
                    new String[] {String[].class.getName()});
            return text;
        } catch (Exception e) {
            return "no histogram: " + e;
        }
    }

    /** The classes that grew most between two histograms, per session. */
    private static String difference(String before, String after, int sessions) {
        var bytes = new java.util.HashMap<String, long[]>();
        for (String[] side : new String[][] {{before, "-1"}, {after, "1"}}) {
            int sign = Integer.parseInt(side[1]);
            side[0].lines().map(String::strip).filter(line -> line.matches("\\d+:.*")).forEach(line -> {
                String[] parts = line.split("\\s+");
                long[] value = bytes.computeIfAbsent(parts[3], k -> new long[2]);
                value[0] += sign * Long.parseLong(parts[1]);
                value[1] += sign * Long.parseLong(parts[2]);
            });
        }
        String components = bytes.entrySet().stream()
                .filter(e -> e.getKey().startsWith("com.vaadin.flow.component") || e.getKey().startsWith("com.clientele"))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(40)
                .map(e -> String.format(Locale.ROOT, "  components %6d objects  %s", e.getValue()[0] / sessions, e.getKey()))
                .collect(java.util.stream.Collectors.joining("\n"));
        return components + "\n" + bytes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(30)
                .map(e -> String.format(Locale.ROOT, "  per session %8d bytes %6d objects  %s", e.getValue()[1] / sessions,
                        e.getValue()[0] / sessions, e.getKey()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Grid<?> customerGrid(BrowserlessUIContext ui) {
        return ui.find(Grid.class).all().stream()
                .filter(grid -> grid.getClassNames().contains("customer-grid"))
                .findFirst().orElseThrow();
    }
}
