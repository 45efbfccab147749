package com.clientele.webhook;

import com.clientele.base.InvalidInputException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which URLs an endpoint may have (SPEC §15): HTTPS, or plain HTTP to this machine only (localhost,
 * 127.0.0.1, ::1), no user name or password in it. Unless {@code app.webhooks.allow-private-addresses}
 * is set, a host must not resolve to a private, loopback, link-local, shared (100.64/10), unique-local
 * or multicast address, so a webhook cannot be aimed at the servers' own network (SSRF). Checked when
 * an endpoint is saved and again before every attempt, because what a name resolves to can change.
 */
@Component
class WebhookUrls {

    static final int MAX_LENGTH = 2000;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** Resolves a host name to its addresses; the system's DNS, or a fixed answer in tests. */
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    @Autowired
    WebhookUrls(WebhookSettings settings) {
        this(settings.allowPrivateAddresses(), host -> List.of(InetAddress.getAllByName(host)));
    }

    WebhookUrls(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * The URL as it will be called.
     *
     * @throws InvalidInputException for field {@code url}, with the reason
     */
    URI check(@Nullable String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw invalid("webhook.error.url.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("url", "error.text.too-long", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("webhook.error.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isBlank() || !scheme.equals("https") && !scheme.equals("http")) {
            throw invalid("webhook.error.url.invalid");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("webhook.error.url.credentials");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("webhook.error.url.fragment");
        }
        if (scheme.equals("http") && !LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            throw invalid("webhook.error.url.https");
        }
        checkAddress(host);
        return uri;
    }

    /** Whether the URL may be called now; false when its host resolves to an address not allowed. */
    boolean mayCall(URI uri) {
        try {
            checkAddress(uri.getHost());
            return true;
        } catch (InvalidInputException refused) {
            return false;
        }
    }

    private void checkAddress(String host) {
        if (allowPrivate) {
            return;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw invalid("webhook.error.url.unknown-host", host);
        }
        if (addresses.isEmpty()) {
            throw invalid("webhook.error.url.unknown-host", host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw invalid("webhook.error.url.private", host);
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8, 255.255.255.255
            return first == 100 && second >= 64 && second < 128 || first == 0 || first == 255;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; ::ffff:a.b.c.d mapped addresses are checked as IPv4 by the JDK already
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return false;
    }

    private static InvalidInputException invalid(String key, Object... args) {
        return new InvalidInputException("url", key, args);
    }
}
