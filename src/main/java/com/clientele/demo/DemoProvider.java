package com.clientele.demo;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The three demo businesses, their services and the phrases their demo customers use. */
record DemoProvider(String email, String businessName, String timeZone, String currency, String country,
        Locale locale, double shareOfCustomers, String phonePrefix, int phoneDigits, List<Service> services) {

    record Service(String name, int minutes, BigDecimal price) {

        Service(String name, int minutes, String price) {
            this(name, minutes, new BigDecimal(price));
        }
    }

    static final List<DemoProvider> ALL = List.of(
            new DemoProvider(DemoAccounts.PROVIDER_EMAIL, "Glow Hair Studio", "Europe/London", "GBP", "GB",
                    Locale.UK, 0.6, "07700 9", 5, List.of(
                            new Service("Cut & finish", 45, "48.00"),
                            new Service("Colour", 120, "115.00"),
                            new Service("Blow-dry", 30, "32.00"),
                            new Service("Balayage", 180, "185.00"),
                            new Service("Beard trim", 20, "18.00"))),
            new DemoProvider("tutor@clientele.test", "Bright Minds Tutoring", "America/New_York", "USD", "US",
                    Locale.US, 0.25, "(201) 555-0", 3, List.of(
                            new Service("Math tutoring", 60, "65.00"),
                            new Service("SAT prep", 90, "110.00"),
                            new Service("Essay review", 45, "50.00"))),
            new DemoProvider("clean@clientele.test", "Sauber Home Cleaning", "Europe/Berlin", "EUR", "DE",
                    Locale.GERMANY, 0.15, "030 55", 6, List.of(
                            new Service("Standard clean", 120, "79.00"),
                            new Service("Deep clean", 240, "189.00"),
                            new Service("Window cleaning", 90, "59.00"))));

    static final List<String> BLOCK_REASONS = List.of(
            "Three no-shows in a row without notice",
            "Abusive messages to staff",
            "Unpaid invoice from the last visit",
            "Repeated late cancellations");

    static final List<String> NOTES = List.of(
            "Prefers morning appointments. Allergic to lavender products.",
            "Usually pays by card. Likes a quiet session.",
            "Referred by a friend; offer the loyalty discount next time.",
            "Sensitive scalp: use the mild shampoo.",
            "Call before arriving: the doorbell does not work.",
            "Wants reminders by text message, not e-mail.");

    private static final List<String> GOOD = List.of("Great as always!", "Very professional, thank you.",
            "Punctual and friendly.", "Exactly what I asked for.", "");
    private static final List<String> BAD = List.of("Started late.", "Not quite what I wanted.",
            "Rushed, would not recommend.", "");

    ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    String phone(Random random) {
        StringBuilder digits = new StringBuilder(phonePrefix);
        for (int i = 0; i < phoneDigits; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    static String comment(int rating, Random random) {
        List<String> phrases = rating >= 4 ? GOOD : BAD;
        return phrases.get(random.nextInt(phrases.size()));
    }
}
