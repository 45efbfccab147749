package com.clientele.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** How long ago, or how soon: the same wording in English however it is asked for. */
class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void readsAsAPersonWouldSayIt() {
        assertThat(ago(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(5))).isEqualTo("5 min ago");
        assertThat(ago(Duration.ofHours(3))).isEqualTo("3 h ago");
        assertThat(ago(Duration.ofDays(1))).isEqualTo("1 day ago");
        assertThat(ago(Duration.ofDays(2))).isEqualTo("2 days ago");
        assertThat(RelativeTime.of(NOW.plus(Duration.ofDays(3)), NOW)).isEqualTo("in 3 days");
        assertThat(ago(Duration.ofDays(31))).isEqualTo("1 month ago");
        assertThat(ago(Duration.ofDays(800))).isEqualTo("2 years ago");
    }

    @Test
    void theReadersLanguageComesFromTheBundle() {
        ResourceBundle german = ResourceBundle.getBundle("messages/base", Locale.GERMAN);
        RelativeTime.Texts texts = (key, args) -> new MessageFormat(german.getString(key), Locale.GERMANY)
                .format(args);

        assertThat(RelativeTime.of(NOW.minus(Duration.ofDays(2)), NOW, texts)).isEqualTo("vor 2 Tagen");
        assertThat(RelativeTime.of(NOW.plus(Duration.ofMinutes(5)), NOW, texts)).isEqualTo("in 5 Min.");
    }

    private static String ago(Duration age) {
        return RelativeTime.of(NOW.minus(age), NOW);
    }
}
