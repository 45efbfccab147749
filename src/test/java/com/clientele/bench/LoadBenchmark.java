package com.clientele.bench;

import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.ApiTokenSummary;
import com.clientele.security.RunAs;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Concurrent REST API clients on loopback against the running application: each client is an
 * integration with its own API token (twenty for the busy provider, one each for thirty other
 * providers), sending a mix of list, search, stats and PATCH requests with a short pause between
 * them, as integrations do (and as the per-token rate limit asks). Counts every answer that is not
 * a success as an error.
 */
final class LoadBenchmark {

    enum Kind { LIST, SEARCH, STATS, PATCH }

    static final String TOKEN_NAME = "Load test";
    private static final String PATH = "/api/bookings/provider_dashboard";
    private static final String[] ORDERINGS = {"-last_booking_date", "last_booking_date", "name", "-name",
            "-total_spent", "-total_bookings", "-average_rating"};
    private static final String[] TERMS = {"son", "an", "smith", "ia", "example", "lee", "7700", "mar", "zzqx"};

    private final ApplicationContext context;
    private final String busyEmail;
    private final int clients;
    private final Duration warmup;
    private final Duration duration;
    private final Duration pause;

    LoadBenchmark(ApplicationContext context, String busyEmail) {
        this(context, busyEmail, 50, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    LoadBenchmark(ApplicationContext context, String busyEmail, int clients, Duration warmup, Duration duration,
            Duration pause) {
        this.context = context;
        this.busyEmail = busyEmail;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
        this.pause = pause;
    }

    /** One client: an API token of a provider and the relation ids it may change. */
    private record Client(String email, String token, long[] relations) {
    }

    /** What the run measured, per kind of request. */
    record Report(Map<Kind, long[]> latencies, long errors, List<String> errorSamples, double seconds) {

        long requests() {
            return latencies.values().stream().mapToLong(values -> values.length).sum();
        }
    }

    int run() throws Exception {
        Report report = measure();
        print(report);
        return report.errors() == 0 ? 0 : 1;
    }

    Report measure() throws Exception {
        String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + PATH;
        List<Client> integrations = integrations();
        try {
            return load(base, integrations);
        } finally {
            revoke(integrations);
        }
    }

    private Report load(String base, List<Client> integrations) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Kind, List<Long>> measured = new ConcurrentHashMap<>();
        for (Kind kind : Kind.values()) {
            measured.put(kind, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        CountDownLatch done = new CountDownLatch(integrations.size());
        for (int i = 0; i < integrations.size(); i++) {
            Client client = integrations.get(i);
            Random random = new Random(1000L + i);
            Thread.ofPlatform().name("load-client-" + i).start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Kind kind = pick(random);
                        HttpRequest request = request(base, client, kind, random);
                        long began = System.nanoTime();
                        String problem = null;
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() / 100 != 2) {
                                problem = kind + " " + request.uri().getPath() + " -> " + response.statusCode() + " "
                                        + response.body().substring(0, Math.min(200, response.body().length()));
                            }
                        } catch (IOException e) {
                            problem = kind + " " + request.uri().getPath() + " -> " + e;
                        }
                        long finished = System.nanoTime();
                        if (began >= measureFrom && finished <= end) {
                            measured.get(kind).add(finished - began);
                            if (problem != null) {
                                errors.incrementAndGet();
                            }
                        }
                        if (problem != null && errorSamples.size() < 10) {
                            errorSamples.add(problem);
                        }
                        Thread.sleep(pause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        Map<Kind, long[]> latencies = new EnumMap<>(Kind.class);
        measured.forEach((kind, values) -> latencies.put(kind, values.stream().mapToLong(Long::longValue).sorted()
                .toArray()));
        return new Report(latencies, errors.get(), List.copyOf(errorSamples), duration.toNanos() / 1e9);
    }

    /** 40 % pages of the list in various orders, 25 % searches, 15 % stats, 20 % changes. */
    private static Kind pick(Random random) {
        int roll = random.nextInt(100);
        return roll < 40 ? Kind.LIST : roll < 65 ? Kind.SEARCH : roll < 80 ? Kind.STATS : Kind.PATCH;
    }

    private static HttpRequest request(String base, Client client, Kind kind, Random random) {
        HttpRequest.Builder builder;
        switch (kind) {
            case LIST -> builder = HttpRequest.newBuilder(URI.create(base + "/customers/?ordering="
                    + ORDERINGS[random.nextInt(ORDERINGS.length)] + "&page=" + (1 + random.nextInt(5)) + "&page_size=20"));
            case SEARCH -> builder = HttpRequest.newBuilder(URI.create(base + "/customers/?search="
                    + URLEncoder.encode(TERMS[random.nextInt(TERMS.length)], StandardCharsets.UTF_8)));
            case STATS -> builder = HttpRequest.newBuilder(URI.create(base + "/customer_stats/"));
            case PATCH -> {
                long relation = client.relations()[random.nextInt(client.relations().length)];
                String body = random.nextInt(4) == 0
                        ? "{\"notes\": \"Called on " + random.nextInt(28) + " May about the next visit\"}"
                        : "{\"is_favorite_customer\": " + random.nextBoolean() + "}";
                builder = HttpRequest.newBuilder(URI.create(base + "/customers/" + relation + "/"))
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
            }
            default -> throw new IllegalStateException();
        }
        return builder.header("Authorization", "Bearer " + client.token()).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
    }

    /** Twenty integrations of the busy provider (its most tokens), one each of thirty other providers. */
    private List<Client> integrations() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<String> others = jdbc.sql("""
                        SELECT a.email FROM provider p JOIN account a ON a.id = p.account_id
                        WHERE a.email <> :busy AND a.role = 'PROVIDER' AND a.enabled
                          AND (SELECT COUNT(*) FROM provider_customer pc WHERE pc.provider_id = p.id) >= 100
                        ORDER BY p.id LIMIT :count""")
                .param("busy", busyEmail).param("count", clients - Math.min(clients, ApiTokenService.ACTIVE_MAX))
                .query(String.class).list();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < Math.min(clients, ApiTokenService.ACTIVE_MAX); i++) {
            emails.add(busyEmail);
        }
        emails.addAll(others);
        if (emails.size() < clients) {
            throw new IllegalStateException("Not enough providers with customers for " + clients + " clients");
        }
        RunAs runAs = context.getBean(RunAs.class);
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        Map<String, long[]> relations = new ConcurrentHashMap<>();
        List<Client> result = new ArrayList<>();
        emails.stream().distinct().forEach(email -> runAs.run(email, () -> tokens.list().stream()
                .filter(token -> token.active() && token.name().startsWith(TOKEN_NAME))
                .forEach(token -> tokens.revoke(token.id()))));
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            String name = TOKEN_NAME + " " + (i + 1);
            String token = runAs.call(email, () -> tokens.create(name).token());
            long[] ids = relations.computeIfAbsent(email, key -> jdbc.sql("""
                            SELECT pc.id FROM provider_customer pc JOIN provider p ON p.id = pc.provider_id
                            JOIN account a ON a.id = p.account_id WHERE a.email = :email AND NOT pc.blocked
                            ORDER BY pc.id LIMIT 5000""")
                    .param("email", key).query(Long.class).list().stream().mapToLong(Long::longValue).toArray());
            result.add(new Client(email, token, ids));
        }
        return result;
    }

    private void revoke(List<Client> integrations) {
        RunAs runAs = context.getBean(RunAs.class);
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        integrations.stream().map(Client::email).distinct().forEach(email -> runAs.run(email, () -> tokens.list()
                .stream().filter(token -> token.active() && token.name().startsWith(TOKEN_NAME))
                .map(ApiTokenSummary::id).forEach(tokens::revoke)));
    }

    private void print(Report report) {
        System.out.println(QueryBenchmark.environment());
        System.out.printf(Locale.ROOT, "Load: %d clients (API tokens) for %.0f s after %d s of warm-up, %d ms pause"
                        + " between a client's requests%n", clients, report.seconds(), warmup.toSeconds(),
                pause.toMillis());
        System.out.printf(Locale.ROOT, "%-8s %9s %9s %9s %9s %9s %9s%n", "kind", "requests", "per s", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        long[] all = report.latencies().values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        report.latencies().forEach((kind, values) -> line(kind.name().toLowerCase(Locale.ROOT), values,
                report.seconds()));
        line("all", all, report.seconds());
        System.out.printf(Locale.ROOT, "Errors: %d of %d requests%n", report.errors(), report.requests());
        report.errorSamples().forEach(sample -> System.out.println("  " + sample));
    }

    private static void line(String name, long[] sorted, double seconds) {
        System.out.printf(Locale.ROOT, "%-8s %9d %9.1f %9.1f %9.1f %9.1f %9.1f%n", name, sorted.length,
                sorted.length / seconds, ms(Timing.percentile(sorted, 0.5)), ms(Timing.percentile(sorted, 0.95)),
                ms(Timing.percentile(sorted, 0.99)), sorted.length == 0 ? 0 : ms(sorted[sorted.length - 1]));
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }
}
