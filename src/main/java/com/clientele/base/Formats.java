package com.clientele.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How dates, times, numbers and money read in the product: in the reader's locale (their
 * {@link Language}), the provider's time zone and the provider's currency. The methods without a
 * locale write British English, for texts stored once for every reader (activity summaries).
 */
public final class Formats {

    public static final Locale LOCALE = Language.ENGLISH.locale();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Formats() {
    }

    /** E.g. "1 Dec 2026, 14:00", "01.12.2026, 14:00", "1 déc. 2026 14:00". */
    public static String dateTime(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DATE_TIME.withLocale(written(locale)).format(instant.atZone(zone));
    }

    /** E.g. "1 Dec 2026", "01.12.2026", "1 déc. 2026". */
    public static String date(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DATE.withLocale(written(locale)).format(instant.atZone(zone));
    }

    /** E.g. "€1,234.50", "1.234,50 €", "1 234,50 €": the currency's own number of decimals. */
    public static String money(@Nullable BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(written(locale));
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    /** A whole number with the locale's grouping, e.g. "12,345", "12.345", "12 345". */
    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(written(locale)).format(value);
    }

    /**
     * The locale a reader's texts are written in: that of their {@link Language}, so that a UI
     * locale we have no language for (en-US, de-AT) formats as the language it reads (en-GB, de-DE).
     */
    private static Locale written(Locale locale) {
        return Language.of(locale).locale();
    }

    public static String dateTime(@Nullable Instant instant, ZoneId zone) {
        return dateTime(instant, zone, LOCALE);
    }

    public static String date(@Nullable Instant instant, ZoneId zone) {
        return date(instant, zone, LOCALE);
    }

    public static String money(@Nullable BigDecimal amount, Currency currency) {
        return money(amount, currency, LOCALE);
    }
}
