package com.clientele.demo;

import com.clientele.provider.TeamRole;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The three demo businesses, their services, their teams besides the owner (Glow Hair Studio has one
 * of every role) and the phrases their demo customers use.
 */
record DemoProvider(String email, String businessName, String timeZone, String currency, String country,
        Locale locale, double shareOfCustomers, String phonePrefix, int phoneDigits, List<Service> services,
        List<DemoMember> team) {

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
                            new Service("Beard trim", 20, "18.00")), List.of(
                            new DemoMember("Priya Shah", DemoAccounts.MANAGER_EMAIL, TeamRole.MANAGER,
                                    DemoAccounts.MANAGER_API_TOKEN),
                            new DemoMember("Mia Clarke", DemoAccounts.STYLIST_EMAIL, TeamRole.STAFF,
                                    DemoAccounts.STYLIST_API_TOKEN),
                            new DemoMember("Leo Barnes", DemoAccounts.SECOND_STYLIST_EMAIL, TeamRole.STAFF,
                                    DemoAccounts.SECOND_STYLIST_API_TOKEN),
                            new DemoMember("Sam Ortiz", DemoAccounts.FRONT_DESK_EMAIL, TeamRole.FRONT_DESK,
                                    DemoAccounts.FRONT_DESK_API_TOKEN))),
            new DemoProvider("tutor@clientele.test", "Bright Minds Tutoring", "America/New_York", "USD", "US",
                    Locale.US, 0.25, "(201) 555-0", 3, List.of(
                            new Service("Math tutoring", 60, "65.00"),
                            new Service("SAT prep", 90, "110.00"),
                            new Service("Essay review", 45, "50.00")), List.of()),
            new DemoProvider("clean@clientele.test", "Sauber Home Cleaning", "Europe/Berlin", "EUR", "DE",
                    Locale.GERMANY, 0.15, "030 55", 6, List.of(
                            new Service("Unterhaltsreinigung", 120, "79.00"),
                            new Service("Grundreinigung", 240, "189.00"),
                            new Service("Fensterreinigung", 90, "59.00")), List.of()));

    private static final List<String> BLOCK_REASONS = List.of(
            "Three no-shows in a row without notice",
            "Abusive messages to staff",
            "Unpaid invoice from the last visit",
            "Repeated late cancellations");

    private static final List<String> NOTES = List.of(
            "Prefers morning appointments. Allergic to lavender products.",
            "Usually pays by card. Likes a quiet session.",
            "Referred by a friend; offer the loyalty discount next time.",
            "Sensitive scalp: use the mild shampoo.",
            "Call before arriving: the doorbell does not work.",
            "Wants reminders by text message, not e-mail.");

    private static final List<String> EXEMPTIONS = List.of(
            "A regular for ten years; always calls when something comes up",
            "Cares for a relative and cannot always plan ahead");

    private static final List<String> EXEMPTIONS_DE = List.of(
            "Seit zehn Jahren Stammkundin; meldet sich immer, wenn etwas dazwischenkommt",
            "Pflegt einen Angehörigen und kann nicht immer planen");

    private static final List<String> BLOCK_REASONS_DE = List.of(
            "Dreimal in Folge ohne Absage nicht erschienen",
            "Beleidigende Nachrichten an das Team",
            "Offene Rechnung vom letzten Termin",
            "Wiederholt kurzfristig abgesagt");

    private static final List<String> NOTES_DE = List.of(
            "Bevorzugt Termine am Vormittag. Allergisch gegen Lavendelprodukte.",
            "Zahlt meist mit Karte. Schlüssel liegt beim Nachbarn.",
            "Auf Empfehlung einer Freundin; beim nächsten Mal den Treuerabatt anbieten.",
            "Nur milde Reinigungsmittel verwenden: empfindliche Böden.",
            "Vor Ankunft anrufen: die Klingel funktioniert nicht.",
            "Möchte Erinnerungen per SMS, nicht per E-Mail.");

    private static final List<String> GOOD_DE = List.of("Wie immer super!", "Sehr professionell, danke.",
            "Pünktlich und freundlich.", "Genau wie gewünscht.", "");
    private static final List<String> BAD_DE = List.of("Zu spät angefangen.", "Nicht ganz, was ich wollte.",
            "Gehetzt, leider nicht zu empfehlen.", "");

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

    /** What the business's customers write, in the business's language (the Berlin one's is German). */
    String comment(int rating, Random random) {
        return pick(rating >= 4 ? (german() ? GOOD_DE : GOOD) : (german() ? BAD_DE : BAD), random);
    }

    /** What the business's members write, in its language. */
    String blockReason(Random random) {
        return pick(german() ? BLOCK_REASONS_DE : BLOCK_REASONS, random);
    }

    /** Why a customer is exempt from the no-show rules. */
    String exemptionReason(Random random) {
        return pick(german() ? EXEMPTIONS_DE : EXEMPTIONS, random);
    }

    String note(Random random) {
        return pick(german() ? NOTES_DE : NOTES, random);
    }

    private boolean german() {
        return locale.getLanguage().equals("de");
    }

    private static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
