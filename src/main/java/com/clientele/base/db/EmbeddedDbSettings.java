package com.clientele.base.db;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB ({@code app.embedded-db.*}) used when no external database is configured.
 *
 * @param enabled run on the embedded MariaDB; {@code false} (profile {@code prod}) uses {@code DB_URL}
 * @param dataDir where its data lives; blank = a fresh temporary directory for this JVM (tests)
 * @param serverArgs extra {@code mariadbd} options, comma separated
 */
@ConfigurationProperties("app.embedded-db")
record EmbeddedDbSettings(@DefaultValue("true") boolean enabled, @DefaultValue("") String dataDir,
        @DefaultValue List<String> serverArgs) {
}
