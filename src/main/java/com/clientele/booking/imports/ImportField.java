package com.clientele.booking.imports;

import com.clientele.base.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A value the import reads from a column, with the header names other tools use for it (compared
 * without case, spaces or punctuation).
 */
public enum ImportField {
    NAME(true, EnumSet.allOf(ImportKind.class),
            List.of("name", "fullname", "customer", "customername", "client", "clientname", "contact", "contactname")),
    FIRST_NAME(true, EnumSet.allOf(ImportKind.class),
            List.of("firstname", "first", "givenname", "forename")),
    LAST_NAME(false, EnumSet.allOf(ImportKind.class),
            List.of("lastname", "last", "surname", "familyname")),
    EMAIL(true, EnumSet.allOf(ImportKind.class),
            List.of("email", "emailaddress", "mail", "customeremail", "clientemail", "emailadresse")),
    PHONE(true, EnumSet.allOf(ImportKind.class),
            List.of("phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "telephone", "tel", "cell",
                    "customerphone", "clientphone", "telefon")),
    NOTES(true, EnumSet.of(ImportKind.CUSTOMERS),
            List.of("notes", "note", "privatenotes", "customernotes", "clientnotes", "comments", "comment", "remarks",
                    "memo", "notizen")),
    SERVICE(false, EnumSet.of(ImportKind.BOOKINGS),
            List.of("service", "servicename", "treatment", "item", "product", "appointmenttype")),
    DATE(true, EnumSet.of(ImportKind.BOOKINGS),
            List.of("date", "start", "startdate", "startsat", "datetime", "startdatetime", "appointmentdate",
                    "bookingdate", "scheduled", "when", "datum")),
    TIME(true, EnumSet.of(ImportKind.BOOKINGS),
            List.of("time", "starttime", "appointmenttime", "bookingtime", "zeit")),
    DURATION(true, EnumSet.of(ImportKind.BOOKINGS),
            List.of("duration", "durationminutes", "durationmin", "minutes", "mins", "length")),
    PRICE(false, EnumSet.of(ImportKind.BOOKINGS),
            List.of("price", "amount", "total", "cost", "fee", "value", "preis")),
    STATUS(true, EnumSet.of(ImportKind.BOOKINGS),
            List.of("status", "state", "bookingstatus", "appointmentstatus")),
    /** The member of the team who served the booking, by name or e-mail. */
    STAFF(true, EnumSet.of(ImportKind.BOOKINGS),
            List.of("staff", "staffmember", "staffname", "stylist", "therapist", "practitioner", "tutor", "teacher",
                    "employee", "member", "teammember", "servedby", "assignedto", "mitarbeiter", "mitarbeiterin",
                    "employé", "empleado")),
    REFERENCE(true, EnumSet.of(ImportKind.BOOKINGS),
            List.of("reference", "ref", "id", "bookingid", "bookingref", "bookingreference", "appointmentid",
                    "externalid", "number", "bookingnumber"));

    private final boolean hinted;
    private final Set<ImportKind> kinds;
    private final List<String> aliases;

    /** @param hinted whether the column choice says what the field is for ({@code import.field.<NAME>.hint}) */
    ImportField(boolean hinted, Set<ImportKind> kinds, List<String> aliases) {
        this.hinted = hinted;
        this.kinds = kinds;
        this.aliases = aliases;
    }

    /** The field's name in the reader's language. */
    public Text text() {
        return Text.of("import.field." + name());
    }

    /** What the field is for, in the reader's language; empty for a field that needs no hint. */
    public Optional<Text> hintText() {
        return !hinted ? Optional.empty() : Optional.of(Text.of("import.field." + name() + ".hint"));
    }

    public boolean appliesTo(ImportKind kind) {
        return kinds.contains(kind);
    }

    List<String> aliases() {
        return aliases;
    }
}
