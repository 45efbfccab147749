package com.clientele.base.ui;

import com.clientele.base.Language;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/** "just now", "5 min ago", "3 h ago", "2 days ago", "in 3 days"; in the reader's language with {@link #of(Instant, Instant, Texts)}. */
public final class RelativeTime {

    /** A component's {@code getTranslation}: the texts of the reader's language. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private static final Texts ENGLISH = (key, args) -> new MessageFormat(ResourceBundle.getBundle("messages/base",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString(key), Language.ENGLISH.locale()).format(args);

    private RelativeTime() {
    }

    /** The same in the reader's language, from the base bundle's {@code time.*} texts. */
    public static String of(Instant instant, Instant now, Texts texts) {
        Duration age = Duration.between(instant, now);
        long seconds = Math.abs(age.toSeconds());
        if (seconds < 45) {
            return texts.get("time.just-now");
        }
        String amount;
        if (seconds < 3_600) {
            amount = texts.get("time.minutes", Math.max(1, Math.round(seconds / 60.0)));
        } else if (seconds < 86_400) {
            amount = texts.get("time.hours", Math.round(seconds / 3_600.0));
        } else if (seconds < 30 * 86_400L) {
            amount = texts.get("time.days", Math.round(seconds / 86_400.0));
        } else if (seconds < 365 * 86_400L) {
            amount = texts.get("time.months", Math.round(seconds / (30 * 86_400.0)));
        } else {
            amount = texts.get("time.years", Math.round(seconds / (365 * 86_400.0)));
        }
        return texts.get(age.isNegative() ? "time.in" : "time.ago", amount);
    }

    /** In English, for screens not yet in the bundles: the base bundle's English texts. */
    public static String of(Instant instant, Instant now) {
        return of(instant, now, ENGLISH);
    }
}
