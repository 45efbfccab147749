package com.clientele.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names as a literal exists in the English bundles: texts a screen
 * translates ({@code getTranslation("…")}), services' refusals ({@code Text.of("…")}, the
 * exceptions' keys, Bean Validation messages) and menu titles. A key missing here would show as the
 * key itself, and then in no language at all.
 */
class UsedKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");

    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([a-z][\\w.-]*)\""),
            Pattern.compile("\\bText\\.of\\(\\s*\"([a-z][\\w.-]*)\""),
            Pattern.compile("new (?:NotFoundException|ConflictException|BadValue|InvalidFileException)\\(\\s*\"([a-z][\\w.-]*)\""),
            Pattern.compile("new InvalidInputException\\(\\s*[\\w.\"]+\\s*,\\s*\"([a-z][\\w.-]*)\""),
            Pattern.compile("\\bmessage\\s*=\\s*\"([a-z][\\w-]*\\.[\\w.-]+)\""),
            Pattern.compile("@Menu\\(title\\s*=\\s*\"([a-z][\\w.-]*)\""));

    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundles() throws IOException {
        Set<String> known = englishKeys();
        Map<String, Set<String>> missing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                for (Pattern use : KEY_USES) {
                    Matcher matcher = use.matcher(source);
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        if (!key.endsWith(".") && !known.contains(key)) { // "booking.status." + name: a family
                            missing.computeIfAbsent(SOURCES.relativize(file).toString(), f -> new TreeSet<>()).add(key);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("keys used in the code but in no English bundle").isEmpty();
    }

    @Test
    void theScanFindsTheKeysOfEachKindOfUse() {
        String source = """
                getTranslation("a.one", 1); Text.of("a.two"); new ConflictException("a.three");
                new InvalidInputException("email", "a.four", 3); @NotBlank(message = "a.five")
                """;
        Set<String> found = new HashSet<>();
        for (Pattern use : KEY_USES) {
            Matcher matcher = use.matcher(source);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        assertThat(found).containsExactlyInAnyOrder("a.one", "a.two", "a.three", "a.four", "a.five");
    }

    private static Set<String> englishKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String basename : MessageBundlesTest.basenames()) {
            Properties bundle = new Properties();
            try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(basename + ".properties"),
                    StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            keys.addAll(bundle.stringPropertyNames());
        }
        return keys;
    }
}
