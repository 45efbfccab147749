package com.clientele.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages the product speaks (SPEC §16). Each has the locale its dates, numbers and money are
 * written in; English is the fallback for anything unknown.
 */
public enum Language {

    ENGLISH("en", Locale.UK, "English"),
    GERMAN("de", Locale.GERMANY, "Deutsch"),
    FRENCH("fr", Locale.FRANCE, "Français"),
    SPANISH("es", Locale.of("es", "ES"), "Español");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Language(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The ISO 639-1 code stored on an account, e.g. {@code de}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The language with this code (case and region ignored: {@code de-AT} is German), if it is one we speak. */
    public static Optional<Language> find(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    /** The language of this locale, or English. */
    public static Language of(@Nullable Locale locale) {
        return locale == null ? ENGLISH : find(locale.toLanguageTag()).orElse(ENGLISH);
    }

    /**
     * The language a request's {@code Accept-Language} header prefers among ours (by its weights),
     * or English when it names none of them or cannot be read.
     */
    public static Language ofAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> language = find(range.getRange());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // an ill-formed header: the default
        }
        return ENGLISH;
    }
}
