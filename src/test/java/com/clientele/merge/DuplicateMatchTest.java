package com.clientele.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC 12's rules for two customers who may be one person, on their own. */
class DuplicateMatchTest {

    @Test
    void theEmailIsReadWithoutCasePlusTagsAndGmailDots() {
        assertThat(DuplicateSubject.emailKey("Jane.Doe+salon@GMail.com")).isEqualTo("janedoe@gmail.com");
        assertThat(DuplicateSubject.emailKey("jane.doe@googlemail.com")).isEqualTo("janedoe@gmail.com");
        assertThat(DuplicateSubject.emailKey("jane.doe+work@example.com")).isEqualTo("jane.doe@example.com");
        assertThat(DuplicateSubject.emailKey(" ")).isNull();
    }

    @Test
    void theSameEmailInAnotherCaseAndTheSameNameScoreHigh() {
        Optional<DuplicateMatch> match = DuplicateMatch.of(subject(1, "Jane Doe", "jane.doe@gmail.com", null),
                subject(2, "JANE DOE", "Jane.Doe+online@gmail.com", null));
        assertThat(match).hasValueSatisfying(found -> {
            assertThat(found.reasons()).containsExactlyInAnyOrder(MatchReason.SAME_EMAIL, MatchReason.SAME_NAME);
            assertThat(found.score()).isEqualTo(80);
            assertThat(found.codes()).isEqualTo("same_email,same_name");
        });
    }

    @Test
    void theSamePhoneIsEnoughOnItsOwn() {
        assertThat(DuplicateMatch.of(subject(1, "Liam Harris", "liam@example.com", "+447700900123"),
                subject(2, "L Harris", "lh@work.example", "+447700900123")))
                .hasValueSatisfying(found -> assertThat(found.reasons()).containsExactly(MatchReason.SAME_PHONE));
    }

    @Test
    void aNearNameCountsWithASharedDomainOrPhoneEndingOnly() {
        // one letter apart, accents folded
        assertThat(DuplicateMatch.of(subject(1, "Charlotte Wilson", "c@studio.example", null),
                subject(2, "Charlote Wilsön", "cw@studio.example", null)))
                .hasValueSatisfying(found -> {
                    assertThat(found.reasons()).containsExactlyInAnyOrder(MatchReason.SIMILAR_NAME,
                            MatchReason.SAME_DOMAIN);
                    assertThat(found.score()).isEqualTo(30);
                });
        assertThat(DuplicateMatch.of(subject(1, "Charlotte Wilson", "c@studio.example", "+447700900123"),
                subject(2, "Charlotte Wilson", null, "+447811900123")))
                .as("the same last six digits").hasValueSatisfying(found -> assertThat(found.reasons())
                        .containsExactlyInAnyOrder(MatchReason.SAME_NAME, MatchReason.PHONE_ENDING));
        assertThat(DuplicateMatch.of(subject(1, "Charlotte Wilson", "c@studio.example", null),
                subject(2, "Charlotte Wilson", "c@other.example", null)))
                .as("the same name and nothing else in common").isEmpty();
        assertThat(DuplicateMatch.of(subject(1, "Charlotte Wilson", "c@studio.example", null),
                subject(2, "Charles Wilkins", "cw@studio.example", null)))
                .as("more than two letters apart").isEmpty();
    }

    @Test
    void namesWhoseNumbersDifferAreNotSimilar() {
        assertThat(DuplicateMatch.of(subject(1, "Guest 101", "g101@hotel.example", null),
                subject(2, "Guest 102", "g102@hotel.example", null))).isEmpty();
    }

    @Test
    void aCustomerKeepsTheirTwentyMostLikelyPairs() {
        java.util.List<DuplicateSubject> guests = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            guests.add(subject(i, "Guest", "guest" + i + "@gmail.com", i == 60 ? "+447700900001" : null));
        }
        guests.add(subject(61, "Guest", "other@gmail.com", "+447700900001"));
        DuplicateIndex index = new DuplicateIndex(guests);
        java.util.Map<Long, DuplicateMatch> matches = index.matches(guests.getLast());
        assertThat(matches).hasSize(DuplicateFinder.PAIRS_PER_CUSTOMER);
        assertThat(matches.keySet().iterator().next()).as("the same phone first").isEqualTo(60L);
    }

    @Test
    void aCustomerIsNotTheirOwnDuplicate() {
        DuplicateSubject jane = subject(1, "Jane Doe", "jane@example.com", null);
        assertThat(DuplicateMatch.of(jane, jane)).isEmpty();
    }

    private static DuplicateSubject subject(long id, String name, String email, String phone) {
        return DuplicateSubject.of(id, name, email, phone);
    }
}
