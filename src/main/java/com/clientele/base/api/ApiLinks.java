package com.clientele.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The start of the API's absolute links (next and previous pages, Location): the configured public
 * URL ({@code app.public-url}) when there is one; otherwise the request's own scheme, host and port,
 * but only when the host is in {@code app.allowed-hosts}; otherwise no origin at all, so the links
 * are relative. A client's {@code Host} or a proxy's {@code X-Forwarded-Host} header thus never
 * decides where a link points.
 */
public final class ApiLinks {

    static final String ATTRIBUTE = ApiLinks.class.getName();

    private final @Nullable String publicUrl;
    private final Set<String> allowedHosts;

    ApiLinks(@Nullable String publicUrl, Set<String> allowedHosts) {
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : origin(publicUrl.strip());
        this.allowedHosts = allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The URL as an origin for links: absolute http(s), no query or fragment, no trailing slash. */
    static String origin(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("app.public-url must be an absolute http(s) URL such as"
                    + " https://clientele.example.com, not " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The current request's URL (path as sent, no query) on the trusted origin, or relative. */
    public static UriComponentsBuilder currentRequestUri() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        ApiLinks links = request.getAttribute(ATTRIBUTE) instanceof ApiLinks configured ? configured : null;
        String origin = links == null ? "" : links.origin(request);
        return UriComponentsBuilder.fromUriString(origin + request.getRequestURI());
    }

    String origin(HttpServletRequest request) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String host = request.getServerName();
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return "";
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
