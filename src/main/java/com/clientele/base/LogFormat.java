package com.clientele.base;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code app.log-format} ({@code LOG_FORMAT}): {@code text}, the readable lines of the default, or
 * {@code json}, one JSON object a line in the Elastic Common Schema (Spring Boot's structured
 * logging, with every MDC entry such as the request id) for a log collector. Read before the
 * logging system starts, so it is a plain setting and not a settings record. An operator who wants
 * another of Boot's JSON formats sets {@code logging.structured.format.console} (e.g.
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=logstash}), which wins over this.
 */
public final class LogFormat implements EnvironmentPostProcessor, Ordered {

    public static final String KEY = "app.log-format";
    static final String STRUCTURED_CONSOLE = "logging.structured.format.console";
    static final String JSON_FORMAT = "ecs";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(KEY, "text").strip();
        switch (format) {
            case "text" -> {
            }
            // last, so that an explicit logging.structured.format.console still decides
            case "json" -> environment.getPropertySources().addLast(
                    new MapPropertySource(KEY, Map.of(STRUCTURED_CONSOLE, JSON_FORMAT)));
            default -> throw new IllegalStateException(KEY + " (LOG_FORMAT) must be text or json, not '" + format + "'");
        }
    }

    /** After the configuration files are read (Spring Boot's config data processor). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
