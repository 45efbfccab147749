package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import java.net.CookieManager;
import java.net.Socket;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers, session cookie flags, session fixation and what error responses give away. */
@IntegrationTest
class HttpHardeningTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/customers", "/styles.css", "/api/bookings/provider_dashboard/customers/",
                "/v3/api-docs", "/actuator/health")) {
            HttpHeaders headers = get(path).headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("Server")).as(path + " names no server").isEmpty();
        }
        assertThat(get("/login").headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.UI_POLICY);
        assertThat(get("/api/bookings/provider_dashboard/customers/").headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfig.API_POLICY);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() throws Exception {
        String cookie = get("/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> viaTlsProxy = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaTlsProxy.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                secure -> assertThat(secure).contains("Secure").contains("HttpOnly"));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        TestProvider provider = data.newProvider();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String before = sessionId(cookies);
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(provider.email()) + "&password="
                        + encode(TestData.PASSWORD) + "&_csrf=" + encode(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(sessionId(cookies)).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void errorsGiveAwayNoStackTraceOrVersion() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (HttpResponse<String> response : List.of(get("/api/bookings/provider_dashboard/nope/"),
                get("/actuator/nope"), post("/login", "not a form"))) {
            bodies.add(response.body());
        }
        bodies.add(raw("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        for (String body : bodies) {
            assertThat(body).doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("tomcat/")
                    .doesNotContain("at com.clientele")
                    .doesNotContain("at org.springframework");
        }
        assertThat(bodies.getLast()).as("Tomcat's own error page").startsWith("HTTP/1.1 400");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request the JDK client refuses to send, such as a malformed URL. */
    private String raw(String request) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
