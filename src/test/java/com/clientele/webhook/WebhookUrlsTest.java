package com.clientele.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.clientele.base.InvalidInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which URLs an endpoint may have, with SSRF protection on (production) and off (development). */
class WebhookUrlsTest {

    /** A resolver with fixed answers, so the test needs no DNS. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "intranet.example.com", "192.168.1.20",
            "metadata.example.com", "169.254.169.254",
            "cgnat.example.com", "100.64.0.7",
            "ula.example.com", "fd12:3456::1",
            "localhost", "127.0.0.1");

    private final WebhookUrls production = new WebhookUrls(false, WebhookUrlsTest::resolve);
    private final WebhookUrls development = new WebhookUrls(true, host -> {
        throw new AssertionError("nothing is resolved when private addresses are allowed");
    });

    @Test
    void httpsToAPublicAddressIsAccepted() {
        assertThat(production.check(" https://hooks.example.com/clientele?x=1 "))
                .isEqualTo(URI.create("https://hooks.example.com/clientele?x=1"));
        assertThat(production.check("https://93.184.216.34:8443/in")).hasPort(8443);
    }

    @Test
    void plainHttpOnlyToThisMachine() {
        assertThat(reason(production, "http://hooks.example.com/in")).isEqualTo("webhook.error.url.https");
        assertThat(development.check("http://localhost:9999/hooks")).hasHost("localhost");
        assertThat(development.check("http://127.0.0.1:8080/")).hasHost("127.0.0.1");
        assertThat(development.check("http://[::1]:8080/")).hasHost("[::1]");
        assertThat(reason(development, "http://10.0.0.1/")).isEqualTo("webhook.error.url.https");
    }

    @Test
    void privateLoopbackLinkLocalAndSharedAddressesAreRefusedInProduction() {
        for (String url : List.of("https://intranet.example.com/", "https://metadata.example.com/latest",
                "https://cgnat.example.com/", "https://ula.example.com/", "https://10.1.2.3/", "https://172.16.0.1/",
                "https://127.0.0.1/", "https://[::1]/", "https://0.0.0.0/", "https://224.0.0.1/",
                "http://localhost:9999/hooks", "https://[::ffff:10.0.0.1]/")) {
            assertThat(reason(production, url)).as(url).isEqualTo("webhook.error.url.private");
        }
        assertThat(development.check("https://10.1.2.3/")).as("allowed in development").hasHost("10.1.2.3");
    }

    @Test
    void anUnknownHostIsSaidSo() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> production.check("https://nowhere.example.com/"));
        assertThat(refused.errors().get("url").key()).isEqualTo("webhook.error.url.unknown-host");
    }

    @Test
    void malformedUrlsAreRefusedWithTheirReason() {
        assertThat(reason(production, "")).isEqualTo("webhook.error.url.required");
        assertThat(reason(production, null)).isEqualTo("webhook.error.url.required");
        assertThat(reason(production, "hooks.example.com/in")).isEqualTo("webhook.error.url.invalid");
        assertThat(reason(production, "ftp://hooks.example.com/")).isEqualTo("webhook.error.url.invalid");
        assertThat(reason(production, "https://exa mple.com/")).isEqualTo("webhook.error.url.invalid");
        assertThat(reason(production, "https://user:secret@hooks.example.com/"))
                .isEqualTo("webhook.error.url.credentials");
        assertThat(reason(production, "https://hooks.example.com/#top")).isEqualTo("webhook.error.url.fragment");
        assertThat(reason(production, "https://hooks.example.com/" + "a".repeat(2000))).isEqualTo("error.text.too-long");
    }

    @Test
    void beforeEachAttemptTheAddressIsCheckedAgain() {
        assertThat(production.mayCall(URI.create("https://hooks.example.com/"))).isTrue();
        assertThat(production.mayCall(URI.create("https://intranet.example.com/"))).isFalse();
        assertThat(production.mayCall(URI.create("https://nowhere.example.com/"))).isFalse();
    }

    private static String reason(WebhookUrls urls, String url) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> urls.check(url));
        assertThat(refused).as(url + " is refused").isNotNull();
        return refused.errors().get("url").key();
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null && host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            address = host; // a literal address: the JDK does not ask the DNS for it either
        }
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    }
}
