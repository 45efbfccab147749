package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.base.i18n.English;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.imports.ImportValues.BadValue;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Values as other tools write them. */
class ImportValuesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void datesAndTimesInTheFormsToolsUseAreTimesInTheProvidersZone() throws BadValue {
        Instant expected = Instant.parse("2026-07-10T13:30:00Z"); // 14:30 in London (summer time)
        assertThat(ImportValues.start("2026-07-10", "14:30", LONDON, false)).isEqualTo(expected);
        assertThat(ImportValues.start("2026-07-10 14:30", "", LONDON, false)).isEqualTo(expected);
        assertThat(ImportValues.start("2026-07-10T14:30:00", "", LONDON, false)).isEqualTo(expected);
        assertThat(ImportValues.start("10/07/2026", "2:30 PM", LONDON, false)).isEqualTo(expected);
        assertThat(ImportValues.start("10.07.2026 14:30", "", LONDON, false)).isEqualTo(expected);
        assertThat(ImportValues.start("10 Jul 2026", "14:30", LONDON, false)).isEqualTo(expected);
        assertThat(ImportValues.start("2026-07-10T13:30:00Z", "", NEW_YORK, true)).as("an offset wins").isEqualTo(expected);
        assertThat(ImportValues.start("07/10/2026", "9:30 am", NEW_YORK, true))
                .as("month first for US providers").isEqualTo(expected);
        assertThat(ImportValues.start("2026-07-10", "", LONDON, false))
                .as("a date alone starts at midnight").isEqualTo(Instant.parse("2026-07-09T23:00:00Z"));
    }

    @Test
    void unreadableDatesSayWhatWasFound() {
        assertThatThrownBy(() -> ImportValues.start("next tuesday", "", LONDON, false))
                .satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).startsWith("Date “next tuesday”: not a date"));
        assertThatThrownBy(() -> ImportValues.start("31/02/2026", "10:00", LONDON, false))
                .satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).startsWith("Date “31/02/2026 10:00”"));
        assertThatThrownBy(() -> ImportValues.start("2026-01-05", "25:00", LONDON, false))
                .satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).startsWith("Date “2026-01-05 25:00”"));
        assertThatThrownBy(() -> ImportValues.start(" ", "", LONDON, false)).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).isEqualTo("Date: missing"));
        assertThatThrownBy(() -> ImportValues.start("1066-10-14", "", LONDON, false)).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).contains("year"));
    }

    @Test
    void pricesWithCurrencySignsAndEitherDecimalMark() throws BadValue {
        assertThat(ImportValues.price("48")).isEqualByComparingTo("48.00");
        assertThat(ImportValues.price("£48.50")).isEqualByComparingTo("48.50");
        assertThat(ImportValues.price("1,032.50")).isEqualByComparingTo("1032.50");
        assertThat(ImportValues.price("1.032,50 €")).isEqualByComparingTo("1032.50");
        assertThat(ImportValues.price("48,5")).isEqualByComparingTo("48.50");
        assertThat(ImportValues.price("1,000")).isEqualByComparingTo("1000");
        assertThat(ImportValues.price("USD 12.00")).isEqualByComparingTo("12.00");
        assertThat(ImportValues.price("-0")).isEqualByComparingTo("0");
        assertThatThrownBy(() -> ImportValues.price("-5.00")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).isEqualTo("Price “-5.00”: cannot be negative"));
        assertThatThrownBy(() -> ImportValues.price("(5.00)")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).contains("cannot be negative"));
        assertThatThrownBy(() -> ImportValues.price("£-5")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).contains("cannot be negative"));
        assertThatThrownBy(() -> ImportValues.price("free")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).isEqualTo("Price “free”: not an amount"));
        assertThatThrownBy(() -> ImportValues.price("4.555")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).contains("at most 2 decimals"));
        assertThatThrownBy(() -> ImportValues.price("")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).isEqualTo("Price: missing"));
    }

    @Test
    void durationsInMinutesOrHours() throws BadValue {
        assertThat(ImportValues.duration("")).isEqualTo(60);
        assertThat(ImportValues.duration("45")).isEqualTo(45);
        assertThat(ImportValues.duration("45 min")).isEqualTo(45);
        assertThat(ImportValues.duration("1:30")).isEqualTo(90);
        assertThat(ImportValues.duration("1h 30m")).isEqualTo(90);
        assertThat(ImportValues.duration("2 hours")).isEqualTo(120);
        assertThatThrownBy(() -> ImportValues.duration("forever")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).contains("not a number of minutes"));
    }

    @Test
    void statusesInTheWordsPeopleUse() throws BadValue {
        assertThat(ImportValues.status("Completed")).isEqualTo(BookingStatus.COMPLETED);
        assertThat(ImportValues.status("done")).isEqualTo(BookingStatus.COMPLETED);
        assertThat(ImportValues.status("No Show")).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(ImportValues.status("no-show")).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(ImportValues.status("Canceled")).isEqualTo(BookingStatus.CANCELLED);
        assertThat(ImportValues.status("booked")).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(ImportValues.status("pending")).isEqualTo(BookingStatus.PENDING);
        assertThatThrownBy(() -> ImportValues.status("Rescheduled")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).startsWith("Status “Rescheduled”: unknown"));
        assertThatThrownBy(() -> ImportValues.status("")).satisfies(e -> assertThat(English.of(((ImportValues.BadValue) e).reason())).isEqualTo("Status: missing"));
    }
}
