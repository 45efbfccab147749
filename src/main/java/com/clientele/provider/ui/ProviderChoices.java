package com.clientele.provider.ui;

import com.clientele.base.Phones;
import com.clientele.provider.Currencies;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The choices of the provider form: IANA time zones, ISO-4217 currencies, countries for phone
 * numbers. Currency and country names are the JDK's, in the admin's language.
 */
final class ProviderChoices {

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
            .sorted()
            .toList();
    private static final List<String> CURRENCIES = List.copyOf(Currencies.current());
    /** Used when the admin's browser does not say where it is. */
    static final String DEFAULT_COUNTRY = "GB";
    private static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .filter(Phones::isKnownRegion)
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

    static String currencyLabel(String code, Locale locale) {
        return code + " · " + Currency.getInstance(code).getDisplayName(locale);
    }

    /** The country codes in the order of their names in this language. */
    static List<String> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return COUNTRIES.stream().sorted(Comparator.comparing(code -> countryName(code, locale), collator)).toList();
    }

    static String countryLabel(String code, Locale locale) {
        return countryName(code, locale) + " (" + code + ")";
    }

    /** The usual currency of a country, to suggest once a country is chosen. */
    static Optional<String> currencyOf(String country) {
        return Currencies.ofCountry(country);
    }

    /**
     * The country a new provider most likely is in: the admin's browser language's country
     * ({@code en-GB} → GB), else {@link #DEFAULT_COUNTRY}.
     */
    static String defaultCountry(Locale browser) {
        String country = browser == null ? "" : browser.getCountry();
        return COUNTRIES.contains(country) ? country : DEFAULT_COUNTRY;
    }

    /** The admin's browser time zone when it is one of the choices, else the country's main zone or UTC. */
    static String defaultTimeZone(ZoneId browser, String country) {
        if (browser != null && TIME_ZONES.contains(browser.getId())) {
            return browser.getId();
        }
        return switch (country) {
            case "GB" -> "Europe/London";
            case "US" -> "America/New_York";
            case "DE" -> "Europe/Berlin";
            default -> "UTC";
        };
    }

    private static String countryName(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }
}
