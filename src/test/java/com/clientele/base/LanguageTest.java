package com.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void acceptLanguageGivesThePreferredLanguageWeSpeakByWeight() {
        assertThat(Language.ofAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).isEqualTo(Language.GERMAN);
        assertThat(Language.ofAcceptLanguage("it-IT, fr;q=0.7, de;q=0.5")).isEqualTo(Language.FRENCH);
        assertThat(Language.ofAcceptLanguage("en;q=0.2, es-MX;q=0.9")).isEqualTo(Language.SPANISH);
        assertThat(Language.ofAcceptLanguage("de-AT")).isEqualTo(Language.GERMAN);
    }

    @Test
    void anythingElseIsEnglish() {
        assertThat(Language.ofAcceptLanguage(null)).isEqualTo(Language.ENGLISH);
        assertThat(Language.ofAcceptLanguage("")).isEqualTo(Language.ENGLISH);
        assertThat(Language.ofAcceptLanguage("*")).isEqualTo(Language.ENGLISH);
        assertThat(Language.ofAcceptLanguage("xx, yy;q=0.5")).isEqualTo(Language.ENGLISH);
        assertThat(Language.ofAcceptLanguage("de;q=abc")).as("unreadable weight").isEqualTo(Language.ENGLISH);
        assertThat(Language.ofAcceptLanguage("de;" + "q=1,".repeat(300))).as("absurdly long").isEqualTo(Language.ENGLISH);
    }
}
