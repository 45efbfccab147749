package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Responses made before or outside the application's own handling (issue 14, items 4 to 7), sent
 * as raw bytes because the JDK client neither sends malformed requests nor lets a test choose the
 * Host header: every one carries the security headers, under /api/ every error is a problem, no
 * session id ever appears in a URL, and no Host or X-Forwarded-Host header reaches a link.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ContainerResponsesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LIST = ApiClient.DASHBOARD + "/customers/";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void malformedPercentEncodingIsABadRequestNamingTheParameterOnEveryEndpoint() throws Exception {
        String provider = data.apiToken(data.newProvider());
        String admin = data.adminApiToken();
        try {
            for (String query : List.of("search=%zz", "search=%", "search=%C3%28", "search=ok&page=%G1")) {
                String name = query.contains("page=") ? "page" : "search";
                for (var target : Map.of(LIST, provider, "/api/admin/providers/", admin).entrySet()) {
                    Raw response = get(target.getKey() + "?" + query, "Authorization", "Bearer " + target.getValue());
                    assertThat(response.status()).as(target.getKey() + "?" + query).isEqualTo(400);
                    assertSecurityHeaders(response);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    JsonNode problem = response.json();
                    assertThat(problem.get("status").asInt()).isEqualTo(400);
                    assertThat(problem.get("errors").propertyNames()).containsExactly(name);
                }
            }
            Raw page = get("/login?next=%zz");
            assertThat(page.status()).isEqualTo(400);
            assertSecurityHeaders(page);
            assertThat(page.body()).contains("next").doesNotContainIgnoringCase("exception");
        } finally {
            data.revokeAdminApiTokens();
        }
    }

    @Test
    void wellFormedEscapesStillWork() throws Exception {
        TestProvider provider = data.newProvider();
        data.book(provider, "Zoë Plus+Sign", "zoe-" + provider.id() + "@example.com", BookingStatus.COMPLETED, "10.00", 3);
        Raw response = get(LIST + "?search=Zo%C3%AB+Plus%2BSign", "Authorization", "Bearer " + data.apiToken(provider));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void tomcatsOwnErrorsCarryTheSecurityHeadersAndAreProblemsUnderApi() throws Exception {
        String longQuery = "x=" + "a".repeat(9_000);
        String bigHeader = "X-Padding: " + "b".repeat(9_000) + "\r\n";
        Map<String, Raw> plain = new LinkedHashMap<>();
        plain.put("request line over the limit", raw("GET /customers?" + longQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"));
        plain.put("dot segments past the root", raw("GET /%2e%2e/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        plain.put("garbage request line", raw("GARBAGE\r\n\r\n"));
        plain.put("session id in the path", raw("GET /login;jsessionid=ABC HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"));
        plain.put("malformed escape in the path", raw("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        for (var entry : plain.entrySet()) {
            Raw response = entry.getValue();
            assertThat(response.status()).as(entry.getKey()).isEqualTo(400);
            assertSecurityHeaders(response);
            assertThat(response.header("Content-Type")).as(entry.getKey()).doesNotStartWith("text/html");
            assertThat(response.body()).as(entry.getKey()).doesNotContain("<html").doesNotContainIgnoringCase("tomcat");
        }

        Map<String, Raw> api = new LinkedHashMap<>();
        api.put("header over the limit", raw("GET " + LIST + " HTTP/1.1\r\nHost: localhost\r\n" + bigHeader
                + "Connection: close\r\n\r\n"));
        api.put("dot segments past the root", raw("GET /api/%2e%2e/%2e%2e/x HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"));
        api.put("session id in the path", raw("GET " + LIST + ";jsessionid=ABC HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"));
        api.put("malformed escape in the path", raw("GET /api/% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        for (var entry : api.entrySet()) {
            Raw response = entry.getValue();
            assertThat(response.status()).as(entry.getKey()).isEqualTo(400);
            assertSecurityHeaders(response);
            assertThat(response.header("Content-Type")).as(entry.getKey()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).as(entry.getKey()).isEqualTo(400);
            assertThat(response.json().get("request_id").asString()).as(entry.getKey() + ": the request's id")
                    .isNotBlank().isEqualTo(response.header("X-Request-Id"));
        }
    }

    /**
     * TRACE (refused by Tomcat's connector) and the folders Tomcat never serves went to the
     * application's error page, which sent them to the login page without any security header.
     */
    @Test
    void requestsTomcatRefusesBeforeAnyFilterCarryTheHeaders() throws Exception {
        for (String path : List.of("/login", "/", LIST)) {
            Raw trace = raw("TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(trace.status()).as("TRACE " + path).isEqualTo(405);
            assertSecurityHeaders(trace);
            assertThat(trace.header("Location")).as("TRACE " + path).isNull();
            assertThat(trace.header("Content-Type")).as("TRACE " + path)
                    .startsWith(path.equals(LIST) ? "application/problem+json" : "text/plain");
        }
        for (String path : List.of("/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/VAADIN/../WEB-INF/", "/web-inf",
                "/Meta-Inf/x")) {
            Raw hidden = get(path);
            assertThat(hidden.status()).as(path).isEqualTo(404);
            assertSecurityHeaders(hidden);
            assertThat(hidden.header("Location")).as(path).isNull();
            assertThat(hidden.header("Content-Type")).as(path).startsWith("text/plain");
        }
    }

    /**
     * Bodies refused for their size before anything reads them (only the headers are sent, with
     * Expect: 100-continue). A sign-in form over Tomcat's 2 MB limit was answered 413, but only after
     * two stack traces in the log (the sign-in filters and then the error page each asked for a
     * parameter); an API body over the 256 KB cap was a problem without the security headers.
     */
    @Test
    void bodiesTooLargeAreRefusedWithTheHeadersAndNoStackTrace(CapturedOutput output) throws Exception {
        String token = "Bearer " + data.apiToken(data.newProvider());
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("form to /login", "POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 2200000\r\n");
        requests.put("form to the API", "POST " + LIST + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: 2200000\r\n");
        requests.put("JSON to the API", "PATCH " + LIST + "1/ HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Authorization: " + token + "\r\nContent-Length: 300000\r\n");
        for (var entry : requests.entrySet()) {
            Raw refused = raw(entry.getValue() + "Host: localhost\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
            assertThat(refused.status()).as(entry.getKey()).isEqualTo(413);
            assertSecurityHeaders(refused);
            assertThat(refused.header("Content-Type")).as(entry.getKey())
                    .startsWith(entry.getKey().contains("API") ? "application/problem+json" : "text/plain");
        }
        assertThat(output.getAll()).doesNotContain("InvalidParameterException");
    }

    @Test
    void theSessionIdNeverTravelsInAUrl() throws Exception {
        Raw redirect = get("/VAADIN/");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).doesNotContainIgnoringCase("jsessionid");
        assertThat(redirect.header("Set-Cookie")).startsWith("JSESSIONID=");

        Raw login = get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aForgedHostNeverReachesTheApisLinks() throws Exception {
        TestProvider provider = data.newProvider();
        for (int i = 0; i < 3; i++) {
            data.book(provider, "Host Test " + i, "host-" + i + "-" + provider.id() + "@example.com",
                    BookingStatus.COMPLETED, "10.00", i + 1);
        }
        String token = "Bearer " + data.apiToken(provider);
        String path = LIST + "?page_size=1&page=2";

        JsonNode own = rawJson("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: " + token
                + "\r\nConnection: close\r\n\r\n");
        assertThat(own.get("next").asString()).isEqualTo("http://localhost:" + port + LIST + "?page=3&page_size=1");

        JsonNode forged = rawJson("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nAuthorization: " + token
                + "\r\nConnection: close\r\n\r\n");
        assertThat(forged.get("next").asString()).isEqualTo(LIST + "?page=3&page_size=1");
        assertThat(forged.get("previous").asString()).isEqualTo(LIST + "?page=1&page_size=1");

        JsonNode forwarded = rawJson("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nX-Forwarded-Host: "
                + "evil.example\r\nAuthorization: " + token + "\r\nConnection: close\r\n\r\n");
        assertThat(forwarded.get("next").asString()).doesNotContain("evil").startsWith(LIST);
    }

    @Test
    void forwardedHeadersAreTrustedFromLoopbackOnly() throws Exception {
        RemoteIpValve remoteIp = remoteIpValve();
        assertThat(remoteIp.getInternalProxies()).isEqualTo("127.0.0.0/8, ::1/128");

        // a proxy on this machine: its X-Forwarded-Proto counts (the session cookie becomes Secure)
        Raw viaLoopback = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(viaLoopback.header("Set-Cookie")).contains("Secure");

        // the same header from another address is ignored
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to connect from");
        Raw viaNetwork = raw(external.get(), "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(viaNetwork.status()).isEqualTo(200);
        assertThat(viaNetwork.header("Set-Cookie")).startsWith("JSESSIONID=").doesNotContain("Secure");
    }

    private RemoteIpValve remoteIpValve() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        for (Valve valve : tomcat.getEngine().getPipeline().getValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                return remoteIp;
            }
        }
        throw new AssertionError("no RemoteIpValve: server.forward-headers-strategy is not native");
    }

    static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance)
                .filter(address -> !address.isLoopbackAddress()).findFirst();
    }

    private static void assertSecurityHeaders(Raw response) {
        assertThat(response.header("X-Content-Type-Options")).as(response.toString()).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).as(response.toString()).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Permissions-Policy")).isNotBlank();
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("Server")).isNull();
    }

    private Raw get(String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return raw(request.append("Connection: close\r\n\r\n").toString());
    }

    private JsonNode rawJson(String request) throws IOException {
        Raw response = raw(request);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private Raw raw(String request) throws IOException {
        return raw(InetAddress.getLoopbackAddress(), request);
    }

    private Raw raw(InetAddress address, String request) throws IOException {
        try (Socket socket = new Socket(address, port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return Raw.parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (java.net.SocketException e) {
            // the server may reset the connection after answering a malformed request
        }
        return out.toByteArray();
    }

    record Raw(int status, Map<String, String> headers, String body) {

        static Raw parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (text.startsWith("HTTP/1.1 100 ")) {
                // the interim answer to Expect: 100-continue; the final one follows
                int interim = text.indexOf("\r\n\r\n") + 4;
                return parse(java.util.Arrays.copyOfRange(bytes, interim, bytes.length));
            }
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete response: " + text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Raw(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < body.length) {
                int lineEnd = indexOfCrlf(body, at);
                int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
                if (size == 0) {
                    break;
                }
                out.write(body, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOfCrlf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return bytes.length;
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }
}
