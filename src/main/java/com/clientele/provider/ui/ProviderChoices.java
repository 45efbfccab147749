package com.clientele.provider.ui;

import com.clientele.base.Formats;
import com.clientele.base.Phones;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The choices of the provider form: IANA time zones, ISO-4217 currencies, countries for phone numbers. */
final class ProviderChoices {

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
            .sorted()
            .toList();
    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .sorted()
            .toList();
    private static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .filter(Phones::isKnownRegion)
            .sorted(Comparator.comparing(ProviderChoices::countryName))
            .toList();

    private ProviderChoices() {
    }

    static List<String> timeZones() {
        return TIME_ZONES;
    }

    static String timeZoneLabel(String id) {
        ZoneOffset offset = ZoneId.of(id).getRules().getOffset(Instant.now());
        return id.replace('_', ' ') + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")";
    }

    static List<String> currencies() {
        return CURRENCIES;
    }

    static String currencyLabel(String code) {
        return code + " · " + Currency.getInstance(code).getDisplayName(Formats.LOCALE);
    }

    static List<String> countries() {
        return COUNTRIES;
    }

    static String countryLabel(String code) {
        return countryName(code) + " (" + code + ")";
    }

    /** The usual currency of a country, to suggest once a country is chosen. */
    static Optional<String> currencyOf(String country) {
        try {
            return Optional.ofNullable(Currency.getInstance(Locale.of("", country))).map(Currency::getCurrencyCode)
                    .filter(CURRENCIES::contains);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(Formats.LOCALE);
    }
}
