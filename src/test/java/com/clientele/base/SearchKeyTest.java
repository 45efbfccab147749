package com.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search form of names, e-mail addresses and phone digits. */
class SearchKeyTest {

    @Test
    void lowerCaseWithoutAccents() {
        assertThat(SearchKey.of("Zoë MÜLLER-Łukasiewicz")).isEqualTo("zoe muller-lukasiewicz");
        assertThat(SearchKey.of("Søren Kierkegaard")).isEqualTo("soren kierkegaard");
        assertThat(SearchKey.of("François Œuvre")).isEqualTo("francois oeuvre");
        assertThat(SearchKey.of("Straße")).isEqualTo("strasse");
    }

    @Test
    void otherTextStaysAsItIsInLowerCase() {
        assertThat(SearchKey.of("anna.p42@example.com 447700900123")).isEqualTo("anna.p42@example.com 447700900123");
        assertThat(SearchKey.of("50%_off")).isEqualTo("50%_off");
        assertThat(SearchKey.of("Иван Ёлкин")).isEqualTo("иван ёлкин");
        assertThat(SearchKey.of(null)).isNull();
    }
}
