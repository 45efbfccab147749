package com.clientele.base;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form in which customers are searched: lower case, with the accents of Latin letters removed
 * ("Müller" and "MULLER" both become "muller"), so a search ignores case and accents as the users'
 * collation does. The database keeps each customer's search text in this form in a binary column
 * ({@code provider_customer.search_key}, changeset 0007-customer-search-key), where a substring
 * search is a plain byte search, several times faster than a collation-aware LIKE. That changeset
 * spells out {@link #FOLDS} in SQL; a test keeps the two in step.
 */
public final class SearchKey {

    /** Each group of accented lower-case letters and what it folds to. */
    public static final Map<String, String> FOLDS = folds();

    private static final Map<Character, String> BY_CHAR = byChar();

    private SearchKey() {
    }

    /** The search form of a text; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = null;
        for (int i = 0; i < lower.length(); i++) {
            String replacement = BY_CHAR.get(lower.charAt(i));
            if (replacement != null && folded == null) {
                folded = new StringBuilder(lower.length() + 4).append(lower, 0, i);
            }
            if (folded != null) {
                if (replacement != null) {
                    folded.append(replacement);
                } else {
                    folded.append(lower.charAt(i));
                }
            }
        }
        return folded == null ? lower : folded.toString();
    }

    private static Map<String, String> folds() {
        Map<String, String> folds = new LinkedHashMap<>();
        folds.put("àáâãäåāăą", "a");
        folds.put("æ", "ae");
        folds.put("çćĉċč", "c");
        folds.put("ďđð", "d");
        folds.put("èéêëēĕėęě", "e");
        folds.put("ĝğġģ", "g");
        folds.put("ĥħ", "h");
        folds.put("ìíîïĩīĭįı", "i");
        folds.put("ĵ", "j");
        folds.put("ķ", "k");
        folds.put("ĺļľŀł", "l");
        folds.put("ñńņň", "n");
        folds.put("òóôõöøōŏő", "o");
        folds.put("œ", "oe");
        folds.put("ŕŗř", "r");
        folds.put("śŝşšș", "s");
        folds.put("ß", "ss");
        folds.put("ţťŧț", "t");
        folds.put("þ", "th");
        folds.put("ùúûüũūŭůűų", "u");
        folds.put("ŵ", "w");
        folds.put("ýÿŷ", "y");
        folds.put("źżž", "z");
        return java.util.Collections.unmodifiableMap(folds);
    }

    private static Map<Character, String> byChar() {
        Map<Character, String> byChar = new java.util.HashMap<>();
        FOLDS.forEach((letters, folded) -> letters.chars().forEach(c -> byChar.put((char) c, folded)));
        return byChar;
    }
}
