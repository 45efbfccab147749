package com.clientele.booking.imports;

import com.clientele.base.Text;
import com.clientele.booking.BookingStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as other tools write them: dates in ISO or day-first (month-first for US providers) form,
 * times with or without am/pm, prices with currency signs and either decimal mark, durations in
 * minutes or hours, statuses in the words people use. Each method throws {@link BadValue} with the
 * reason a person can act on.
 */
final class ImportValues {

    static final int DEFAULT_DURATION = 60;
    private static final Map<String, BookingStatus> STATUSES = Map.ofEntries(
            Map.entry("pending", BookingStatus.PENDING), Map.entry("requested", BookingStatus.PENDING),
            Map.entry("new", BookingStatus.PENDING), Map.entry("tentative", BookingStatus.PENDING),
            Map.entry("confirmed", BookingStatus.CONFIRMED), Map.entry("booked", BookingStatus.CONFIRMED),
            Map.entry("scheduled", BookingStatus.CONFIRMED), Map.entry("upcoming", BookingStatus.CONFIRMED),
            Map.entry("completed", BookingStatus.COMPLETED), Map.entry("complete", BookingStatus.COMPLETED),
            Map.entry("done", BookingStatus.COMPLETED), Map.entry("finished", BookingStatus.COMPLETED),
            Map.entry("paid", BookingStatus.COMPLETED), Map.entry("attended", BookingStatus.COMPLETED),
            Map.entry("cancelled", BookingStatus.CANCELLED), Map.entry("canceled", BookingStatus.CANCELLED),
            Map.entry("noshow", BookingStatus.NO_SHOW), Map.entry("missed", BookingStatus.NO_SHOW));
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d.*)");
    private static final Pattern DURATION_HOURS = Pattern.compile("(?:(\\d{1,2})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,4})\\s*m(?:in(?:utes?|s)?)?)?");
    private static final List<DateTimeFormatter> DAY_FIRST = formatters("d/M/uuuu", "d.M.uuuu", "d-M-uuuu", "d/M/uu",
            "d.M.uu");
    private static final List<DateTimeFormatter> MONTH_FIRST = formatters("M/d/uuuu", "M-d-uuuu", "M/d/uu",
            "d.M.uuuu");
    private static final List<DateTimeFormatter> WORDED = formatters("d MMM uuuu", "d MMMM uuuu", "MMM d, uuuu",
            "MMMM d, uuuu", "MMM d uuuu", "EEE, d MMM uuuu", "EEE d MMM uuuu");
    private static final List<DateTimeFormatter> TIMES = formatters("H:mm", "H:mm:ss", "H.mm", "h:mm a", "h:mma",
            "h:mm:ss a", "h a", "ha");

    private ImportValues() {
    }

    /** A reason a value cannot be used. */
    static final class BadValue extends Exception {

        private final transient Text reason;

        BadValue(String key, Object... args) {
            super(key, null, false, false);
            this.reason = Text.of(key, args);
        }

        Text reason() {
            return reason;
        }
    }

    static Instant start(String dateCell, String timeCell, ZoneId zone, boolean monthFirst) throws BadValue {
        String date = dateCell.strip();
        String time = timeCell == null ? "" : timeCell.strip();
        if (date.isEmpty()) {
            throw new BadValue("imports.row.date.missing");
        }
        Optional<Instant> withOffset = withOffset(date);
        if (withOffset.isPresent()) {
            return withOffset.get();
        }
        LocalDateTime local = localDateTime(date, time, monthFirst)
                .orElseThrow(() -> new BadValue("imports.row.date.unreadable",
                        shortened(date + (time.isEmpty() ? "" : " " + time))));
        if (local.getYear() < 1900 || local.getYear() > 2200) {
            throw new BadValue("imports.row.date.year", shortened(date));
        }
        return local.atZone(zone).toInstant();
    }

    private static Optional<Instant> withOffset(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> localDateTime(String date, String time, boolean monthFirst) {
        Matcher iso = ISO_DATE_TIME.matcher(date);
        if (iso.matches()) {
            return parseDate(iso.group(1), monthFirst)
                    .flatMap(day -> parseTime(iso.group(2)).map(day::atTime));
        }
        Optional<LocalDate> day = parseDate(date, monthFirst);
        if (day.isPresent()) {
            return time.isEmpty() ? day.map(LocalDate::atStartOfDay) : parseTime(time).map(day.get()::atTime);
        }
        // date and time in one cell: "10/03/2026 14:30", "10 Mar 2026 2:30 PM"
        for (int space = date.indexOf(' '); space > 0; space = date.indexOf(' ', space + 1)) {
            Optional<LocalDate> head = parseDate(date.substring(0, space), monthFirst);
            Optional<LocalTime> tail = parseTime(date.substring(space + 1));
            if (head.isPresent() && tail.isPresent()) {
                return Optional.of(head.get().atTime(tail.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseDate(String text, boolean monthFirst) {
        String value = text.strip().replaceAll("\\s+", " ");
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notIso) {
            // try the other forms
        }
        for (DateTimeFormatter format : monthFirst ? MONTH_FIRST : DAY_FIRST) {
            Optional<LocalDate> parsed = tryParse(value, format);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        for (DateTimeFormatter format : WORDED) {
            Optional<LocalDate> parsed = tryParse(value, format);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> tryParse(String value, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(value, format));
        } catch (DateTimeException notThisForm) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> parseTime(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT).replace(".M.", "M").replace("A.M", "AM")
                .replace("P.M", "PM");
        try {
            return Optional.of(LocalTime.parse(value));
        } catch (DateTimeParseException notIso) {
            // try the other forms
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                return Optional.of(LocalTime.parse(value, format));
            } catch (DateTimeException notThisForm) {
                // next
            }
        }
        return Optional.empty();
    }

    /** A price: "48", "48.50", "£48.50", "1,234.50", "48,50 €", "1.234,50"; refused when negative. */
    static BigDecimal price(String cell) throws BadValue {
        String raw = cell.strip();
        if (raw.isEmpty()) {
            throw new BadValue("imports.row.price.missing");
        }
        String text = raw.replaceAll("[\\s\\u00A0'’]", "").replaceAll("^\\p{Sc}|\\p{Sc}$", "")
                .replaceAll("^[A-Za-z]{3}|[A-Za-z]{3}$", "");
        boolean negative = text.startsWith("-") || text.startsWith("(") && text.endsWith(")");
        text = text.replaceAll("^[-(]|\\)$", "").replaceAll("^\\p{Sc}|\\p{Sc}$", "");
        if (!text.matches("[0-9.,]+") || !text.matches(".*[0-9].*")) {
            throw new BadValue("imports.row.price.not-amount", shortened(raw));
        }
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            text = comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        } else if (comma >= 0) {
            text = text.matches("\\d{1,3}(,\\d{3})+") ? text.replace(",", "") : text.replace(',', '.');
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadValue("imports.row.price.not-amount", shortened(raw));
        }
        if (negative && amount.signum() != 0) {
            throw new BadValue("imports.row.price.negative", shortened(raw));
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new BadValue("imports.row.price.decimals", shortened(raw));
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Minutes: "45", "45 min", "1:30", "1h 30m", "2 hours"; {@value #DEFAULT_DURATION} when blank. */
    static int duration(String cell) throws BadValue {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return DEFAULT_DURATION;
        }
        if (text.matches("\\d{1,4}")) {
            return Integer.parseInt(text);
        }
        if (text.matches("\\d{1,2}:\\d{2}")) {
            String[] parts = text.split(":");
            return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
        }
        Matcher hours = DURATION_HOURS.matcher(text);
        if (hours.matches() && (hours.group(1) != null || hours.group(2) != null)) {
            return (hours.group(1) == null ? 0 : Integer.parseInt(hours.group(1)) * 60)
                    + (hours.group(2) == null ? 0 : Integer.parseInt(hours.group(2)));
        }
        throw new BadValue("imports.row.duration.unreadable", shortened(cell.strip()));
    }

    static BookingStatus status(String cell) throws BadValue {
        String text = cell.strip();
        if (text.isEmpty()) {
            throw new BadValue("imports.row.status.missing");
        }
        BookingStatus status = STATUSES.get(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        if (status == null) {
            throw new BadValue("imports.row.status.unknown", shortened(text));
        }
        return status;
    }

    static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static List<DateTimeFormatter> formatters(String... patterns) {
        return Arrays.stream(patterns).map(pattern -> new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(pattern).toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT)).toList();
    }
}
