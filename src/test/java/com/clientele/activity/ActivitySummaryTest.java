package com.clientele.activity;

import static com.clientele.activity.ActivitySummary.count;
import static com.clientele.activity.ActivitySummary.dateTime;
import static com.clientele.activity.ActivitySummary.dates;
import static com.clientele.activity.ActivitySummary.part;
import static com.clientele.activity.ActivitySummary.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.base.Language;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A summary is written once and reads in each reader's language, with dates in their locale and
 * the provider's time zone.
 */
class ActivitySummaryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        // as application.properties configures Spring Boot's message source
        MESSAGES.setBasename("messages/activity");
        MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setAlwaysUseMessageFormat(true);
    }

    @Test
    void aBookingReadsInEachLanguageWithItsDateInTheReadersFormat() {
        ActivitySummary booking = ActivitySummary.of("activity.booking", text("Haarschnitt"),
                dateTime(Instant.parse("2026-12-01T13:00:00Z")));

        assertThat(read(booking, Language.ENGLISH)).isEqualTo("Haarschnitt on 1 Dec 2026, 14:00");
        assertThat(read(booking, Language.GERMAN)).isEqualTo("Haarschnitt am 01.12.2026, 14:00");
        assertThat(read(booking, Language.FRENCH)).startsWith("Haarschnitt le 1 déc. 2026");
        assertThat(read(booking, Language.SPANISH)).startsWith("Haarschnitt el 1 dic 2026");
    }

    @Test
    void anImportReadsWithItsCountsInTheReadersLanguage() {
        ActivitySummary file = ActivitySummary.of("activity.import.bookings.file.some-new", text("bookings.csv"),
                part(ActivitySummary.of("activity.import.bookings.created-updated", count(1234), count(2))),
                count(45), count(12));

        assertThat(read(file, Language.ENGLISH))
                .isEqualTo("bookings.csv: 1,234 bookings and 2 updated for 45 customers, 12 of them new");
        assertThat(read(file, Language.GERMAN))
                .isEqualTo("bookings.csv: 1.234 neue und 2 aktualisierte Buchungen für 45 Kunden, davon 12 neu");
        assertThat(read(ActivitySummary.of("activity.import.customers.nothing-new", text("customers.csv"), count(1)),
                Language.SPANISH)).isEqualTo("customers.csv: nada nuevo, 1 cliente ya conocido");
    }

    @Test
    void twoDatesOnOneDayOfTheProvidersZoneReadAsOneDate() {
        // different days in UTC, the same day in Berlin
        ActivitySummary oneDay = ActivitySummary.of("activity.import.bookings.customer",
                part(ActivitySummary.of("activity.import.bookings.created", count(2))), text("bookings.csv"),
                dates(Instant.parse("2026-01-05T23:30:00Z"), Instant.parse("2026-01-06T00:30:00Z")));
        ActivitySummary twoDays = ActivitySummary.of("activity.import.bookings.new-customer",
                part(ActivitySummary.of("activity.import.bookings.created", count(1))), text("bookings.csv"),
                dates(Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-09T10:00:00Z")));

        assertThat(read(oneDay, Language.GERMAN)).isEqualTo("2 Buchungen aus bookings.csv, 06.01.2026");
        assertThat(read(twoDays, Language.ENGLISH))
                .isEqualTo("1 booking from bookings.csv, 5 Jan 2026 – 9 Jan 2026 (new customer)");
    }

    @Test
    void aMembersOwnWordsReadAsWrittenInEveryLanguage() {
        ActivitySummary reason = ActivitySummary.asWritten("Shouted at staff");

        assertThat(read(reason, Language.GERMAN)).isEqualTo("Shouted at staff");
        assertThat(reason.key()).isNull();
        assertThat(read(ActivitySummary.NONE, Language.FRENCH)).isEmpty();
    }

    @Test
    void argumentsSurviveTheirColumnAndAnUnreadableColumnGivesNoSummary() {
        ActivitySummary summary = ActivitySummary.of("activity.import.bookings.customer",
                part(ActivitySummary.of("activity.import.bookings.updated", count(3))), text("a \"quoted\" file.csv"),
                dates(Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-01-09T10:00:00Z")));
        ActivitySummary review = ActivitySummary.of("activity.review.comment", count(5), text("Cut"),
                text("Lovely – “again”"));

        assertThat(SummaryJson.read(summary.key(), SummaryJson.write(summary.arguments()))).isEqualTo(summary);
        assertThat(SummaryJson.read(review.key(), SummaryJson.write(review.arguments()))).isEqualTo(review);
        assertThat(SummaryJson.write(ActivitySummary.of("activity.booking", text("Cut"),
                dateTime(Instant.parse("2026-05-07T09:00:00Z"))).arguments()))
                .isEqualTo("[{\"text\":\"Cut\"},{\"dateTime\":\"2026-05-07T09:00:00Z\"}]");
        assertThat(SummaryJson.read("activity.booking", "[{\"colour\":\"red\"}]")).isNull();
        assertThat(SummaryJson.read("activity.booking", "not json")).isNull();
    }

    @Test
    void anEntryWithoutAMessageOrWithAKeyTheBundlesDoNotKnowShowsItsStoredText() {
        ActivityEntry old = entry("Cut on 7 May 2026, 10:00", null);
        ActivityEntry unknown = entry("Stored English", ActivitySummary.of("activity.no-such-key", text("x")));
        ActivityEntry keyed = entry("Cut on 7 May 2026, 10:00", ActivitySummary.of("activity.booking", text("Cut"),
                dateTime(Instant.parse("2026-05-07T08:00:00Z"))));

        assertThat(summary(old, Language.GERMAN)).isEqualTo("Cut on 7 May 2026, 10:00");
        assertThat(summary(unknown, Language.GERMAN)).isEqualTo("Stored English");
        assertThat(summary(keyed, Language.GERMAN)).isEqualTo("Cut am 07.05.2026, 10:00");
    }

    @Test
    void aLongTextIsCutToWhatASummaryHolds() {
        String comment = "a".repeat(2_000);
        ActivityEntry review = entry("", ActivitySummary.of("activity.review.comment", count(5), text("Cut"),
                text(comment)));

        assertThat(summary(review, Language.ENGLISH)).hasSize(ActivityLog.SUMMARY_LENGTH).endsWith("…");
    }

    private static ActivityEntry entry(String stored, ActivitySummary message) {
        return new ActivityEntry(1, 2L, 3L, "Ann Lee", ActivityType.BOOKING_CREATED, stored, message, "me@example.com",
                Instant.EPOCH);
    }

    private static String summary(ActivityEntry entry, Language language) {
        return entry.summary(texts(language.locale()), language.locale(), BERLIN);
    }

    private static String read(ActivitySummary summary, Language language) {
        return summary.render(texts(language.locale()), language.locale(), BERLIN);
    }

    private static ActivitySummary.Texts texts(Locale locale) {
        return (key, arguments) -> MESSAGES.getMessage(key, arguments, key, locale);
    }
}
