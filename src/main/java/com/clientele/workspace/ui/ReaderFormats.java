package com.clientele.workspace.ui;

import com.clientele.base.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How the workspace writes figures for its reader: in the locale of the language they read. */
final class ReaderFormats {

    private ReaderFormats() {
    }

    /**
     * The locale of the reader's {@link Language} (give it a component's {@code getLocale()}), the
     * one their texts are formatted in: a UI locale we have no language for (e.g. {@code en-US})
     * reads British English, as the bundles do.
     */
    static Locale locale(Locale uiLocale) {
        return Language.of(uiLocale).locale();
    }

    /** A rating or rate with one decimal: "4.5", "4,5". */
    static String oneDecimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
