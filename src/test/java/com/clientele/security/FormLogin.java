package com.clientele.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client of the login form over real HTTP, with its own cookies. Each client can
 * come from its own loopback address (127.0.2.x), so a test's sign-ins do not share the
 * per-address sign-in limit with the rest of the suite.
 */
public final class FormLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private final int port;
    private final InetAddress address;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private FormLogin(int port, InetAddress address) {
        this.port = port;
        this.address = address;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies);
        if (address != null) {
            builder.localAddress(address);
        }
        this.client = builder.build();
    }

    /** A client from 127.0.0.1, like the rest of the suite. */
    static FormLogin at(int port) {
        return new FormLogin(port, null);
    }

    /** A client from a loopback address no other test uses. */
    public static FormLogin fromOwnAddress(int port) {
        return new FormLogin(port, newAddress());
    }

    /** A client from the given address (e.g. one shared by a test's clients). */
    static FormLogin from(int port, InetAddress address) {
        return new FormLogin(port, address);
    }

    static InetAddress newAddress() {
        int n = ADDRESSES.getAndIncrement();
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, (byte) (2 + n / 250), (byte) (1 + n % 250)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    InetAddress address() {
        return address;
    }

    /** Opens the login page (which starts a session) and posts the form with its CSRF token. */
    public HttpResponse<String> login(String email, String password) {
        String page = get("/login").body();
        Matcher csrf = CSRF.matcher(page);
        String token = csrf.find() ? csrf.group(1) : "";
        return post("/login", "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
                + encode(token));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A GET that carries the given session id instead of this client's cookies. */
    HttpResponse<String> getWithSession(String path, String sessionId) {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + sessionId).GET().build());
    }

    HttpResponse<String> post(String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    public static boolean signedIn(HttpResponse<String> response) {
        return response.statusCode() == 302
                && !response.headers().firstValue("Location").orElse("").contains("/login");
    }

    public static boolean refused(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login?error");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
