package com.clientele.provider;

import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The ISO 4217 currencies a provider can charge in: those in use in a country today, taken from the
 * JDK's country data ({@code Currency.getInstance(Locale.of("", country))}). {@link Currency} also
 * knows historic codes (AFA, DEM, FRF…), precious metals and fund codes; none of those is offered.
 */
public final class Currencies {

    private static final SortedSet<String> CURRENT = Arrays.stream(Locale.getISOCountries())
            .map(Currencies::ofCountryOrNull)
            .filter(Objects::nonNull)
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toCollection(TreeSet::new));

    private Currencies() {
    }

    /** The codes in use today, in alphabetical order. */
    public static Set<String> current() {
        return java.util.Collections.unmodifiableSortedSet(CURRENT);
    }

    public static boolean isCurrent(String code) {
        return code != null && CURRENT.contains(code);
    }

    /** The currency in use in a country (ISO 3166 code), if it has one. */
    public static Optional<String> ofCountry(String country) {
        return Optional.ofNullable(ofCountryOrNull(country)).map(Currency::getCurrencyCode).filter(CURRENT::contains);
    }

    private static Currency ofCountryOrNull(String country) {
        try {
            return country == null ? null : Currency.getInstance(Locale.of("", country));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
