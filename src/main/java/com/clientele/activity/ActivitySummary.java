package com.clientele.activity;

import com.clientele.base.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an activity event says, written once and read in each reader's language: a key of the
 * activity bundle with its arguments, put into words when read, dates in the reader's locale and
 * the provider's time zone. A member's own words (a block reason, a message's subject) are kept
 * {@linkplain #asWritten as written}, the same in every language.
 *
 * <p>Keys and their arguments are stored with the events: once shipped, a key keeps its
 * arguments; a sentence that needs others gets a new key.
 */
public record ActivitySummary(@Nullable String key, List<Argument> arguments) {

    /** No summary: the entry's title and the customer's name say it all. */
    public static final ActivitySummary NONE = asWritten("");

    public ActivitySummary {
        arguments = List.copyOf(arguments);
    }

    public static ActivitySummary of(String key, Argument... arguments) {
        return new ActivitySummary(key, List.of(arguments));
    }

    public static ActivitySummary asWritten(String words) {
        return new ActivitySummary(null, List.of(new Text(words)));
    }

    /** A text shown as it is (a service's or a file's name), cut to what a summary holds. */
    public static Argument text(String value) {
        return new Text(ActivityLog.shortened(value));
    }

    public static Argument count(long value) {
        return new Count(value);
    }

    /** A date and time, e.g. "7 May 2026, 10:00" or "07.05.2026, 10:00". */
    public static Argument dateTime(Instant value) {
        return new DateTime(value);
    }

    /** One day ("5 Jan 2026"), or two ("5 Jan 2026 – 9 Jan 2026") when they fall on different days. */
    public static Argument dates(Instant first, Instant last) {
        return new Dates(first, last);
    }

    /** A part of the sentence that is a message of its own, e.g. the counts of an import. */
    public static Argument part(ActivitySummary part) {
        return new Part(part);
    }

    /** The texts of one language: a component's {@code getTranslation}, or a message source's. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    /** The summary in the language of {@code texts}, with dates in {@code locale} and {@code zone}. */
    public String render(Texts texts, Locale locale, ZoneId zone) {
        if (key == null) {
            return arguments.isEmpty() ? "" : ((Text) arguments.getFirst()).value();
        }
        return texts.get(key, arguments.stream().map(argument -> argument.formatted(texts, locale, zone)).toArray());
    }

    /** Whether it says a date, which needs the provider's time zone to be written. */
    boolean hasDates() {
        return arguments.stream().anyMatch(argument -> argument instanceof DateTime || argument instanceof Dates
                || argument instanceof Part(ActivitySummary part) && part.hasDates());
    }

    public sealed interface Argument permits Text, Count, DateTime, Dates, Part {

        /** What the message format gets: numbers as numbers (for its plurals), everything else as text. */
        Object formatted(Texts texts, Locale locale, ZoneId zone);
    }

    public record Text(String value) implements Argument {

        @Override
        public Object formatted(Texts texts, Locale locale, ZoneId zone) {
            return value;
        }
    }

    public record Count(long value) implements Argument {

        @Override
        public Object formatted(Texts texts, Locale locale, ZoneId zone) {
            return value;
        }
    }

    public record DateTime(Instant value) implements Argument {

        @Override
        public Object formatted(Texts texts, Locale locale, ZoneId zone) {
            return Formats.dateTime(value, zone, locale);
        }
    }

    public record Dates(Instant first, Instant last) implements Argument {

        @Override
        public Object formatted(Texts texts, Locale locale, ZoneId zone) {
            String from = Formats.date(first, zone, locale);
            return first.atZone(zone).toLocalDate().equals(last.atZone(zone).toLocalDate())
                    ? from : from + " – " + Formats.date(last, zone, locale);
        }
    }

    public record Part(ActivitySummary summary) implements Argument {

        @Override
        public Object formatted(Texts texts, Locale locale, ZoneId zone) {
            return summary.render(texts, locale, zone);
        }
    }
}
