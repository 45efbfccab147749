package com.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** LOG_FORMAT picks the console's format before anything starts; the JSON lines carry the request id. */
class LogFormatTest {

    @Test
    void logFormatJsonTurnsOnBootsStructuredConsoleLogsInEcs() throws IOException {
        assertThat(consoleFormat(Map.of("LOG_FORMAT", "json"))).isEqualTo("ecs");
    }

    @Test
    void theReadablePatternStaysTheDefault() throws IOException {
        assertThat(consoleFormat(Map.of())).isNull();
        assertThat(consoleFormat(Map.of("LOG_FORMAT", "text"))).isNull();
    }

    @Test
    void anExplicitStructuredFormatWinsAndAnUnknownLogFormatStopsTheStart() throws IOException {
        assertThat(consoleFormat(Map.of("LOG_FORMAT", "json", "logging.structured.format.console", "logstash")))
                .isEqualTo("logstash");
        assertThatThrownBy(() -> consoleFormat(Map.of("LOG_FORMAT", "xml"))).hasMessageContaining("app.log-format")
                .hasMessageContaining("xml");
    }

    @Test
    void aJsonLineCarriesTheRequestIdOfTheMdc() {
        LoggerContext logging = new LoggerContext();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.application.name", "clientele")));
        logging.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setFormat(LogFormat.JSON_FORMAT);
        encoder.setContext(logging);
        encoder.start();
        LoggingEvent event = new LoggingEvent(LogFormatTest.class.getName(), logging.getLogger("com.clientele.booking"),
                Level.INFO, "Imported 4 bookings", null, null);
        event.setMDCPropertyMap(Map.of(RequestIds.MDC_KEY, "import-run-1"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").hasLineCount(1);
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("message").asString()).isEqualTo("Imported 4 bookings");
        assertThat(json.get(RequestIds.MDC_KEY).asString()).isEqualTo("import-run-1");
        assertThat(json.get("log").get("level").asString()).isEqualTo("INFO");
        encoder.stop();
    }

    /**
     * What {@code logging.structured.format.console} becomes with application.properties and these
     * variables, after {@link LogFormat} ran.
     */
    private static String consoleFormat(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        List<PropertySource<?>> files = new PropertiesPropertySourceLoader().load("application.properties",
                new ClassPathResource("application.properties"));
        files.forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new LogFormat().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("logging.structured.format.console");
    }
}
