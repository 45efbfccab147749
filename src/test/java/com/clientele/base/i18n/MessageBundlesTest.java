package com.clientele.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.base.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle named in {@code spring.messages.basename} exists in every language, with the
 * same keys and the same arguments, in valid MessageFormat, and translated: a text may equal the
 * English only where {@code i18n/same-as-english.txt} says the word is the same in that language.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static List<String> basenames() throws IOException {
        Properties settings = load(RESOURCES.resolve("application.properties"));
        return Arrays.stream(settings.getProperty("spring.messages.basename", "").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void everyLanguageHasEveryKeyWithTheSameArgumentsTranslated(String basename) throws IOException {
        Properties english = load(RESOURCES.resolve(basename + ".properties"));
        assertThat(english).as(basename + ".properties").isNotEmpty();
        Set<String> same = sameAsEnglish();
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            Path file = RESOURCES.resolve(basename + "_" + language.code() + ".properties");
            assertThat(file).as("the %s bundle of %s", language, basename).exists();
            Properties translated = load(file);
            assertThat(new TreeSet<>(translated.stringPropertyNames())).as(file + ": its keys")
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                String source = english.getProperty(key);
                String text = translated.getProperty(key);
                assertThat(arguments(text)).as(file + ": arguments of " + key).isEqualTo(arguments(source));
                if (!same.contains(language.code() + ":" + key)) {
                    assertThat(text).as(file + ": " + key + " is still the English text").isNotEqualTo(source);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void everyTextIsValidMessageFormatWithApostrophesEscaped(String basename) throws IOException {
        for (Language language : Language.values()) {
            String suffix = language == Language.ENGLISH ? "" : "_" + language.code();
            Properties bundle = load(RESOURCES.resolve(basename + suffix + ".properties"));
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(LONE_APOSTROPHE.matcher(text.replace("'{'", "").replace("'}'", "")).find())
                        .as("%s%s: %s has a single ' (MessageFormat drops it: write '' or ’; a literal brace is '{' or '}')", basename, suffix, key)
                        .isFalse();
                new MessageFormat(text, language.locale());
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> sameAsEnglish() throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/same-as-english.txt")) {
            assertThat(in).as("i18n/same-as-english.txt").isNotNull();
            try (Stream<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()) {
                return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(java.util.stream.Collectors.toSet());
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
