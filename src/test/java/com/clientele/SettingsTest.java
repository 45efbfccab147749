package com.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Settings are typed and documented: every module's keys are a {@code @ConfigurationProperties}
 * record, every key of those records is listed in application.properties, nothing is read with
 * {@code @Value}, and a value that breaks a record's rules stops the start naming the key.
 */
class SettingsTest {

    private static final String BASE = "com.clientele";

    @Test
    void everyKeyOfEverySettingsRecordIsListedInApplicationProperties() throws IOException {
        Properties listed = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            listed.load(in);
        }
        Map<String, List<String>> keys = settingsKeys();

        assertThat(keys).as("one record per module's settings").hasSizeGreaterThanOrEqualTo(10);
        keys.forEach((record, recordKeys) -> assertThat(recordKeys).as(record)
                .allSatisfy(key -> assertThat(listed).as("application.properties").containsKey(key)));
    }

    @Test
    void noSettingIsReadWithValue() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        noFields().should().beAnnotatedWith(Value.class).check(main);
        noCodeUnits().should(havingAParameterAnnotatedWithValue()).check(main);
    }

    @Test
    void theDefaultsStartAndABadValueStopsTheStartNamingTheKey() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);
        runner.run(context -> assertThat(context).hasNotFailed());

        Map<String, String> bad = new TreeMap<>(Map.ofEntries(
                Map.entry("app.mail.max-attempts", "0"),
                Map.entry("app.mail.port", "70000"),
                Map.entry("app.live-updates.delay", "5s"),
                Map.entry("app.customer-totals.fold-every", "0s"),
                Map.entry("app.security.max-failed-logins", "0"),
                Map.entry("app.security.password-reset.validity", "0s"),
                Map.entry("app.security.reset-limit.per-email", "0"),
                Map.entry("app.security.reset-limit.per-address-period", "0s"),
                Map.entry("app.demo-data.customers", "0"),
                Map.entry("app.api.max-body-size", "0B"),
                Map.entry("app.api.rate-limit.per-second", "0"),
                Map.entry("app.events.keep-completed", "0s"),
                Map.entry("app.metrics.token", "too-short"),
                Map.entry("app.webhooks.batch-size", "0"),
                Map.entry("app.webhooks.lease", "1m"),
                Map.entry("app.merges.undo-days", "0"),
                Map.entry("app.duplicates.scan-every", "0s")));
        bad.forEach((key, value) -> runner.withPropertyValues(key + "=" + value).run(context -> {
            assertThat(context).as(key + "=" + value).hasFailed();
            String prefix = key.substring(0, key.lastIndexOf('.'));
            assertThat(causes(context.getStartupFailure())).as(key + "=" + value).contains(prefix);
        }));
    }

    @ConfigurationPropertiesScan(BASE)
    static class AllSettings {
    }

    /** Record name → its keys (prefix + kebab-case component name). */
    private static Map<String, List<String>> settingsKeys() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Map<String, List<String>> keys = new TreeMap<>();
        scanner.findCandidateComponents(BASE).forEach(candidate -> {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), SettingsTest.class.getClassLoader());
            if (!type.isRecord()) {
                return;
            }
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            List<String> recordKeys = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                recordKeys.add(prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase());
            }
            keys.put(type.getName(), recordKeys);
        });
        return keys;
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaCodeUnit> havingAParameterAnnotatedWithValue() {
        return com.tngtech.archunit.lang.conditions.ArchConditions.be(DescribedPredicate.describe(
                "a method or constructor with a parameter annotated with @Value", (JavaCodeUnit unit) -> unit
                        .getParameters().stream().anyMatch(parameter -> parameter.isAnnotatedWith(Value.class))));
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }
}
