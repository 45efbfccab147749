package com.clientele.base.api;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the API's absolute links (paging {@code next}/{@code previous}, {@code Location}) point.
 *
 * @param publicUrl the application's public base URL ({@code app.public-url}); when set, every link uses it
 * @param allowedHosts without a public URL, the request's own host is used only when it is one of these
 *        ({@code app.allowed-hosts}); otherwise links are relative
 */
@ConfigurationProperties("app")
record PublicAddressSettings(@Nullable String publicUrl,
        @DefaultValue({"localhost", "127.0.0.1", "[::1]"}) Set<String> allowedHosts) {
}
