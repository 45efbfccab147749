package com.clientele.e2e;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The browser and HTTP half of {@code .ci/cluster-smoke} (SPEC §15): two instances A and B of the packaged
 * jar on one MariaDB and one Redis, HAProxy in front with sticky sessions. The script starts all of them
 * and runs this program with the test class path; it is a {@code main}, not a test, so {@code ./mvnw verify}
 * never runs it. It fails with a non-zero exit and a message naming the broken promise.
 *
 * <p>Everything it needs it makes through the product's own doors, as an operator would on a fresh
 * production database: the first admin (from {@code APP_ADMIN_*}) signs in and creates an API token on the
 * API access page; that token creates a business through the admin API; its owner signs in and creates
 * tokens; the owner's token invites a staff member, whose invitation mail (at the GreenMail server this
 * program runs on {@code CLUSTER_SMTP_PORT}) carries the link on which they choose a password.
 *
 * <p>Settings, all environment variables set by the script: {@code CLUSTER_A_PORT}, {@code CLUSTER_B_PORT},
 * {@code CLUSTER_LB_PORT} (HAProxy), {@code CLUSTER_A_PID}, {@code CLUSTER_A_LOG}, {@code CLUSTER_B_LOG},
 * {@code CLUSTER_SMTP_PORT}, {@code CLUSTER_DB_URL}, {@code CLUSTER_DB_USER}, {@code CLUSTER_DB_PASSWORD},
 * {@code CLUSTER_ADMIN_EMAIL}, {@code CLUSTER_ADMIN_PASSWORD}, {@code CLUSTER_RATE_BURST} (the instances'
 * {@code app.api.rate-limit.burst}) and {@code CLUSTER_MAIL_POLL} (their {@code app.mail.retry-poll}, ISO-8601).
 */
public final class ClusterSmoke {

    private static final String DASHBOARD = ApiClient.DASHBOARD;
    private static final String PASSWORD = "cluster-smoke-2026";
    private static final String OWNER = "owner@cluster.example";
    private static final String STAFF = "stylist@cluster.example";
    private static final String CUSTOMER = "customer@cluster.example";
    private static final Duration LIVE_UPDATE = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern INVITATION = Pattern.compile("https?://\\S+/invitation\\?token=[A-Za-z0-9_-]+");
    /** ShedLock's own debug line when a server takes a job's lock (DefaultLockingTaskExecutor). */
    private static final Pattern LOCKED = Pattern.compile("^(\\S+)\\s.*Locked '([^']+)', lock will be held");
    /** Its line when a server skips a run because another holds the lock. */
    private static final Pattern SKIPPED = Pattern.compile("^(\\S+)\\s.*Not executing '([^']+)'\\. It's locked");
    private static final String MAIL_JOB = "mail.deliver-due";
    private static final Set<String> JOBS = Set.of("customer-totals.fold", "visit-rollover", MAIL_JOB,
            "events.resubmit-failed", "events.delete-old-completed", "webhooks.send-due", "block-expiry", "duplicate-scan");
    /** Rows of the same table that are no scheduled job: the lock of the start-up that made the first admin. */
    private static final Set<String> OTHER_LOCKS = Set.of("first-admin");

    private final int portA = Integer.parseInt(env("CLUSTER_A_PORT"));
    private final int portB = Integer.parseInt(env("CLUSTER_B_PORT"));
    private final String balancer = "http://127.0.0.1:" + env("CLUSTER_LB_PORT");
    private final int smtpPort = Integer.parseInt(env("CLUSTER_SMTP_PORT"));
    private final int burst = Integer.parseInt(env("CLUSTER_RATE_BURST"));
    private final Duration mailPoll = Duration.parse(env("CLUSTER_MAIL_POLL"));
    private final Instant started = Instant.now();
    private GreenMail mail;
    private String adminToken;
    private String ownerToken;
    private String rateToken;
    private long relationId;
    private final List<String> failed = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        // without a logback configuration on this class path every library would log at DEBUG
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        ClusterSmoke smoke = new ClusterSmoke();
        try {
            smoke.run();
        } catch (Throwable failure) {
            System.out.println("cluster-smoke: FAILED: " + failure.getMessage());
            failure.printStackTrace(System.out);
            System.exit(1);
        } finally {
            if (smoke.mail != null) {
                smoke.mail.stop();
            }
        }
        System.exit(0);
    }

    private void run() throws Exception {
        mail = startMail();
        try (BrowserSession first = BrowserSession.open(1280, 900);
                BrowserSession second = BrowserSession.open(1280, 900)) {
            // Without the data nothing else can be checked; after it each check stands on its own, so all of
            // them run and the report names every one that failed.
            check(true, first, second, "data through the product's doors: admin token, business, owner"
                    + " tokens, staff member", () -> makeData(first));
            check(false, first, second, "a: a booking through A's API appears in the owner's workspace on B"
                    + " within 2 s", () -> liveUpdateReachesB(second));
            check(false, first, second, "b: the API rate limit is one bucket per token across A and B",
                    this::rateLimitIsShared);
            check(false, first, second, "c: the mail retry job ran once across A and B", this::mailJobRanOnce);
            check(false, first, second, "d: disabling a member ends their sessions on A and on B",
                    () -> disablingEndsSessions(first, second));
            check(false, first, second, "e: with A stopped, B serves through HAProxy and A's user signs in"
                    + " again on B", () -> aStopsBServes(first));
        }
        if (!failed.isEmpty()) {
            throw new AssertionError(failed.size() + " of 5 checks failed: " + String.join(", ", failed));
        }
        System.out.printf("cluster-smoke: all checks passed in %.1f s%n", seconds(started));
    }

    /**
     * Runs one check, printing its name and time. A failure is printed with a screenshot of each browser
     * (target/screenshots) and named in {@link #failed}, or, with {@code stopOnFailure}, ends the run.
     */
    private void check(boolean stopOnFailure, BrowserSession first, BrowserSession second, String name, Step step)
            throws Exception {
        Instant start = Instant.now();
        System.out.println("cluster-smoke: " + name);
        try {
            step.run();
            System.out.printf("cluster-smoke:    ok in %.1f s%n", seconds(start));
        } catch (Exception | AssertionError failure) {
            String label = name.substring(0, name.indexOf(':'));
            System.out.printf("cluster-smoke:    FAILED after %.1f s: %s%n", seconds(start), failure.getMessage());
            first.screenshot("cluster-" + label.replace(' ', '-') + "-first");
            second.screenshot("cluster-" + label.replace(' ', '-') + "-second");
            if (stopOnFailure) {
                throw failure;
            }
            failed.add(label);
        }
    }

    // --- data ------------------------------------------------------------------------------------------

    private void makeData(BrowserSession browser) throws Exception {
        String admin = env("CLUSTER_ADMIN_EMAIL");
        signIn(browser, "http://127.0.0.1:" + portA, admin, env("CLUSTER_ADMIN_PASSWORD"), "");
        adminToken = createToken(browser, "http://127.0.0.1:" + portA, "cluster admin");

        Response created = ApiClient.at(portA, adminToken).post("/api/admin/providers/", """
                {"business_name": "Cluster Salon", "email": "%s", "time_zone": "Europe/London", "currency": "GBP",
                 "country": "GB", "password": "%s", "password_change_required": false}""".formatted(OWNER, PASSWORD));
        expect(created, 201, "the admin API creates the business");

        browser.driver.manage().deleteAllCookies();
        signIn(browser, "http://127.0.0.1:" + portA, OWNER, PASSWORD, "/customers");
        ownerToken = createToken(browser, "http://127.0.0.1:" + portA, "cluster owner");
        rateToken = createToken(browser, "http://127.0.0.1:" + portA, "cluster rate limit");

        expect(ApiClient.at(portA, ownerToken).post(DASHBOARD + "/team/invitations/", """
                {"name": "Sam Stylist", "email": "%s", "role": "staff"}""".formatted(STAFF)), 201,
                "the owner's token invites a staff member");
        String link = waitFor("the invitation mail", PATIENCE, () -> mailsTo(STAFF).stream().map(ClusterSmoke::body)
                .map(INVITATION::matcher).filter(Matcher::find).map(Matcher::group).findFirst().orElse(null));
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(link);
        List<WebElement> fields = browser.waiting(PATIENCE).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("vaadin-password-field input"));
            return found.size() == 2 ? found : null;
        });
        fields.get(0).sendKeys(PASSWORD);
        fields.get(1).sendKeys(PASSWORD);
        browser.driver.findElement(By.cssSelector(".change-password-form vaadin-button")).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".reset-card .notice[role=status]")));
    }

    /** Signs in on the base address and waits for the page a signed-in account lands on. */
    private static void signIn(BrowserSession browser, String base, String email, String password, String landing) {
        browser.login(base, email, password);
        browser.waiting(PATIENCE).until(driver -> {
            String url = driver.getCurrentUrl();
            return url != null && !url.contains("/login") && url.contains(landing);
        });
    }

    /** Creates an API token for the signed-in account on the API access page; the value shown once. */
    private static String createToken(BrowserSession browser, String base, String name) {
        browser.driver.get(base + "/api-access");
        WebElement field = browser.waiting(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".token-name input")));
        field.sendKeys(name);
        browser.driver.findElement(By.cssSelector(".token-form > vaadin-button")).click();
        return browser.waiting(PATIENCE).until(driver -> driver.findElements(By.cssSelector(".token-value input"))
                .stream().map(input -> input.getDomProperty("value")).filter(value -> value != null
                        && !value.isBlank()).findFirst().orElse(null));
    }

    // --- a: live updates ------------------------------------------------------------------------------

    private void liveUpdateReachesB(BrowserSession browser) throws Exception {
        pinTo(browser, "b");
        signIn(browser, balancer, OWNER, PASSWORD, "/customers");
        browser.waiting(PATIENCE).until(driver -> !statValue(browser).isBlank());
        require("0".equals(statValue(browser)), "a new business starts with no customers, saw " + statValue(browser));

        Response booked = ApiClient.at(portA, ownerToken).post(DASHBOARD + "/bookings/", """
                {"customer": {"name": "Clara Cluster", "email": "%s"}, "service_name": "Cut",
                 "start_time": "%s", "duration_minutes": 30, "price": "40.00"}"""
                .formatted(CUSTOMER, Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        Instant answered = Instant.now();
        expect(booked, 201, "A's API creates the booking");
        relationId = booked.json().get("relation_id").asLong();
        try {
            browser.waiting(LIVE_UPDATE).until(driver -> customerNames(browser).contains("Clara Cluster"));
        } catch (org.openqa.selenium.TimeoutException late) {
            throw new AssertionError("the customer booked on A did not appear on B within " + LIVE_UPDATE.toSeconds()
                    + " s; the list shows " + customerNames(browser), late);
        }
        System.out.printf("cluster-smoke:    on B %d ms after A answered%n",
                Duration.between(answered, Instant.now()).toMillis());
    }

    // --- b: rate limit --------------------------------------------------------------------------------

    private void rateLimitIsShared() {
        ApiClient[] instances = {ApiClient.at(portA, rateToken), ApiClient.at(portB, rateToken)};
        int allowed = 0;
        int refusedAt = -1;
        for (int i = 0; i < 2 * burst && refusedAt < 0; i++) {
            Response answer = instances[i % 2].get(DASHBOARD + "/customers/");
            if (answer.status() == 429) {
                refusedAt = i;
            } else {
                expect(answer, 200, "request " + (i + 1) + " of the rate-limit token");
                allowed++;
            }
        }
        require(refusedAt >= 0, "each instance allows the whole burst: " + allowed + " of " + 2 * burst
                + " requests alternating A and B passed, where one bucket of " + burst + " per token across both"
                + " should refuse after about " + burst);
        // one request's worth of refill may come in while the requests go out
        require(allowed <= burst + 1, allowed + " requests passed before the first 429; the burst is " + burst);
        Response other = instances[(refusedAt + 1) % 2].get(DASHBOARD + "/customers/");
        expect(other, 429, "the other instance, right after the first 429");
        require(other.header("Retry-After") != null, "a 429 says when to come back (Retry-After)");
        System.out.printf("cluster-smoke:    %d of %d passed, then 429 on %s and on %s%n", allowed, 2 * burst,
                refusedAt % 2 == 0 ? "A" : "B", refusedAt % 2 == 0 ? "B" : "A");
    }

    // --- c: one run of a scheduled job ----------------------------------------------------------------

    /**
     * A message sent while the SMTP server is down fails its first attempt; the mail retry job
     * ({@code mail.deliver-due}, on both instances every {@code CLUSTER_MAIL_POLL}) sends it once the
     * server is back: exactly one e-mail, two attempts. And both instances share one lock row per job:
     * the times either of them took the job's lock (ShedLock's debug line in each log) are never two for one
     * period.
     */
    private void mailJobRanOnce() throws Exception {
        mail.stop();
        Response sent = ApiClient.at(portA, ownerToken).post(DASHBOARD + "/customers/" + relationId
                + "/send_message/", """
                {"subject": "Your next visit", "body": "See you tomorrow."}""");
        expect(sent, 201, "A's API stores the message");
        waitFor("the first attempt to fail while SMTP is down", PATIENCE,
                () -> message("attempts").equals("1") ? "failed" : null);
        mail = startMail();
        waitFor("the retry to send the message", PATIENCE, () -> mailsTo(CUSTOMER).isEmpty() ? null : "sent");
        Thread.sleep(mailPoll.multipliedBy(4).toMillis()); // several more runs of the job on each instance
        require(mailsTo(CUSTOMER).size() == 1, "the customer got " + mailsTo(CUSTOMER).size() + " e-mails, not one");
        require(message("status").equals("SENT") && message("attempts").equals("2"),
                "the message is " + message("status") + " after " + message("attempts") + " attempts, not SENT after 2");

        Set<String> rows = new TreeSet<>();
        try (Connection db = database(); ResultSet names = db.createStatement().executeQuery(
                "SELECT name FROM shedlock")) {
            while (names.next()) {
                require(rows.add(names.getString(1)), "two lock rows for " + names.getString(1));
            }
        }
        rows.removeAll(OTHER_LOCKS);
        // a job has its row once it first ran; the events.* jobs run only every few minutes
        require(rows.contains(MAIL_JOB) && JOBS.containsAll(rows), "the lock table has " + rows
                + ": one row for each job that ran, named as in " + JOBS);

        List<Instant> a = lockTimes(env("CLUSTER_A_LOG"), LOCKED);
        List<Instant> b = lockTimes(env("CLUSTER_B_LOG"), LOCKED);
        int skippedA = lockTimes(env("CLUSTER_A_LOG"), SKIPPED).size();
        int skippedB = lockTimes(env("CLUSTER_B_LOG"), SKIPPED).size();
        // Which instance wins each run is up to timing (one may win all of them); both must have tried.
        require(a.size() + skippedA > 0 && b.size() + skippedB > 0, "both instances tried " + MAIL_JOB + " (A took"
                + " it " + a.size() + " times and found it locked " + skippedA + " times, B " + b.size() + " and "
                + skippedB + ")");
        List<Instant> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(null);
        // Log stamps are taken after the lock, on a busy machine sometimes a few hundred ms late, so two runs of
        // one tick are told by what an unlocked pair would show: two schedulers of the same period always
        // have runs less than half a period apart, and together about twice the runs the period allows.
        Duration half = mailPoll.dividedBy(2);
        for (int i = 1; i < all.size(); i++) {
            Duration gap = Duration.between(all.get(i - 1), all.get(i));
            require(gap.compareTo(half) >= 0, MAIL_JOB + " ran twice within " + gap.toMillis() + " ms (at "
                    + all.get(i - 1) + " and " + all.get(i) + "), under half its period of " + mailPoll);
        }
        long allowed = Duration.between(all.getFirst(), all.getLast()).plus(half).dividedBy(mailPoll) + 1;
        require(all.size() <= allowed, MAIL_JOB + " ran " + all.size() + " times between " + all.getFirst()
                + " and " + all.getLast() + ", more than once per " + mailPoll + " (" + allowed + ")");
        System.out.printf("cluster-smoke:    one e-mail after 2 attempts; %s taken %d times on A and %d on B (found"
                + " locked %d and %d times), never twice in %s%n", MAIL_JOB, a.size(), b.size(), skippedA, skippedB,
                mailPoll);
    }

    private String message(String column) {
        try (Connection db = database(); var query = db.prepareStatement(
                "SELECT " + column + " FROM customer_message WHERE recipient_email = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, CUSTOMER);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Instant> lockTimes(String log, Pattern event) throws IOException {
        List<Instant> times = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(log))) {
            Matcher locked = event.matcher(line);
            if (locked.find() && locked.group(2).equals(MAIL_JOB)) {
                times.add(Instant.parse(locked.group(1)));
            }
        }
        return times;
    }

    // --- d: disabling ends sessions everywhere ---------------------------------------------------------

    private void disablingEndsSessions(BrowserSession onA, BrowserSession onB) throws Exception {
        JsonNode members = ApiClient.at(portA, ownerToken).get(DASHBOARD + "/team/").json().get("members");
        long memberId = -1;
        for (JsonNode member : members) {
            if (member.get("email").asString().equals(STAFF)) {
                memberId = member.get("member_id").asLong();
            }
        }
        require(memberId > 0, "the staff member is in the team list: " + members);
        pinTo(onA, "a");
        signIn(onA, balancer, STAFF, PASSWORD, "/customers");
        pinTo(onB, "b");
        signIn(onB, balancer, STAFF, PASSWORD, "/customers");
        // First both pages must be hearing their server (push connected): a booking of the member's appears on
        // each. A page whose push is not up yet could not be told of the sign-out, which would say nothing
        // about the cluster.
        expect(ApiClient.at(portA, ownerToken).post(DASHBOARD + "/bookings/", """
                {"customer": {"name": "Dora Disabled", "email": "dora@cluster.example"}, "service_name": "Cut",
                 "start_time": "%s", "duration_minutes": 30, "price": "40.00", "staff_member_id": %d}"""
                .formatted(Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), memberId)), 201,
                "A's API books the member's customer");
        for (BrowserSession browser : List.of(onA, onB)) {
            browser.waiting(PATIENCE).until(driver -> customerNames(browser).contains("Dora Disabled"));
        }

        expect(ApiClient.at(portA, ownerToken).post(DASHBOARD + "/team/" + memberId + "/disable/", null), 200,
                "the owner's token disables the member on A");
        Instant disabled = Instant.now();
        for (BrowserSession browser : List.of(onA, onB)) {
            String where = browser == onA ? "A" : "B";
            try {
                browser.waiting(PATIENCE).until(driver -> atSignIn(browser));
            } catch (org.openqa.selenium.TimeoutException stayed) {
                // tell apart "the session lives on" from "it ended but the open page was not told"
                browser.driver.navigate().refresh();
                boolean ended = waitFor("the page to load again", PATIENCE, () -> {
                    List<WebElement> names = browser.driver.findElements(By.cssSelector(".customer-name, .stat-value"));
                    return atSignIn(browser) ? Boolean.TRUE : names.isEmpty() ? null : Boolean.FALSE;
                });
                throw new AssertionError("the member's open page on " + where + " stayed after the disable; on"
                        + " reload the session had " + (ended ? "ended (only the open page was not sent to the"
                        + " sign-in page)" : "not ended"), stayed);
            }
        }
        System.out.printf("cluster-smoke:    both pages at the sign-in page %d ms after the disable%n",
                Duration.between(disabled, Instant.now()).toMillis());
    }

    // --- e: one instance stops -------------------------------------------------------------------------

    private void aStopsBServes(BrowserSession browser) throws Exception {
        pinTo(browser, "a");
        signIn(browser, balancer, OWNER, PASSWORD, "/customers");
        browser.waiting(PATIENCE).until(driver -> customerNames(browser).contains("Clara Cluster"));

        long pid = Long.parseLong(env("CLUSTER_A_PID"));
        ProcessHandle a = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("instance A is not running"));
        Instant stopping = Instant.now();
        a.destroy();
        a.onExit().get(60, TimeUnit.SECONDS);
        System.out.printf("cluster-smoke:    A stopped in %.1f s%n", seconds(stopping));

        // The browser still carries SERVERID=a: HAProxy sends it to B (option redispatch) once A's check fails.
        waitFor("HAProxy to answer through B", PATIENCE, () -> {
            Response health = ApiClient.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(balancer + "/actuator/health")).header("Cookie", "SERVERID=a").build());
            return health.status() == 200 && "b".equals(health.header("X-Served-By")) ? "b" : null;
        });
        browser.driver.get(balancer + "/customers");
        browser.waiting(PATIENCE).until(ExpectedConditions.urlContains("/login"));
        signIn(browser, balancer, OWNER, PASSWORD, "/customers");
        browser.waiting(PATIENCE).until(driver -> customerNames(browser).contains("Clara Cluster"));
        WebElement search = browser.driver.findElement(By.cssSelector(".filter-search input"));
        search.sendKeys("clara");
        browser.waiting(PATIENCE).until(ExpectedConditions.urlContains("search=clara"));
        expect(ApiClient.at(portB, ownerToken).get(DASHBOARD + "/customers/"), 200, "B's API for A's owner");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** Sends this browser's requests through HAProxy to one server, as its sticky cookie would. */
    private void pinTo(BrowserSession browser, String server) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(balancer + "/actuator/health");
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().addCookie(new Cookie("SERVERID", server, "/"));
    }

    private GreenMail startMail() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(email));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(env("CLUSTER_DB_URL"), env("CLUSTER_DB_USER"), env("CLUSTER_DB_PASSWORD"));
    }

    private static boolean atSignIn(BrowserSession browser) {
        String url = browser.driver.getCurrentUrl();
        return url != null && url.contains("/login")
                && !browser.driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty();
    }

    private static String statValue(BrowserSession browser) {
        List<WebElement> values = browser.driver.findElements(By.cssSelector(".stat-value"));
        return values.isEmpty() ? "" : values.getFirst().getText();
    }

    private static List<String> customerNames(BrowserSession browser) {
        return browser.driver.findElements(By.cssSelector("vaadin-button.customer-name")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    private static void expect(Response response, int status, String what) {
        require(response.status() == status, what + ": expected " + status + ", got " + response);
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }

    private static <T> T waitFor(String what, Duration patience, java.util.function.Supplier<T> probe)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("gave up waiting " + patience.toSeconds() + " s for " + what);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (.ci/cluster-smoke sets it)");
        }
        return value;
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private interface Step {
        void run() throws Exception;
    }
}
