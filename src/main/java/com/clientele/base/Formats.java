package com.clientele.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How dates, times and money read in the product. */
public final class Formats {

    public static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);

    private Formats() {
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public static String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }
}
