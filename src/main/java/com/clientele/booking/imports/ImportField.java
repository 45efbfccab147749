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
    NAME("Name", "full name or the customer's name", EnumSet.allOf(ImportKind.class),
            List.of("name", "fullname", "customer", "customername", "client", "clientname", "contact", "contactname")),
    FIRST_NAME("First name", "joined with the last name when there is no name column", EnumSet.allOf(ImportKind.class),
            List.of("firstname", "first", "givenname", "forename")),
    LAST_NAME("Last name", "", EnumSet.allOf(ImportKind.class),
            List.of("lastname", "last", "surname", "familyname")),
    EMAIL("E-mail", "recognises the customer", EnumSet.allOf(ImportKind.class),
            List.of("email", "emailaddress", "mail", "customeremail", "clientemail", "emailadresse")),
    PHONE("Phone", "recognises the customer when there is no e-mail", EnumSet.allOf(ImportKind.class),
            List.of("phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "telephone", "tel", "cell",
                    "customerphone", "clientphone", "telefon")),
    NOTES("Notes", "added to the customer's notes; notes already there are kept", EnumSet.of(ImportKind.CUSTOMERS),
            List.of("notes", "note", "privatenotes", "customernotes", "clientnotes", "comments", "comment", "remarks",
                    "memo", "notizen")),
    SERVICE("Service", "", EnumSet.of(ImportKind.BOOKINGS),
            List.of("service", "servicename", "treatment", "item", "product", "appointmenttype")),
    DATE("Date", "date, or date and time", EnumSet.of(ImportKind.BOOKINGS),
            List.of("date", "start", "startdate", "startsat", "datetime", "startdatetime", "appointmentdate",
                    "bookingdate", "scheduled", "when", "datum")),
    TIME("Time", "when the date column has no time", EnumSet.of(ImportKind.BOOKINGS),
            List.of("time", "starttime", "appointmenttime", "bookingtime", "zeit")),
    DURATION("Duration", "minutes; 60 when there is none", EnumSet.of(ImportKind.BOOKINGS),
            List.of("duration", "durationminutes", "durationmin", "minutes", "mins", "length")),
    PRICE("Price", "", EnumSet.of(ImportKind.BOOKINGS),
            List.of("price", "amount", "total", "cost", "fee", "value", "preis")),
    STATUS("Status", "pending, confirmed, completed, cancelled or no-show", EnumSet.of(ImportKind.BOOKINGS),
            List.of("status", "state", "bookingstatus", "appointmentstatus")),
    REFERENCE("Reference", "the other tool's booking id, if the file has one", EnumSet.of(ImportKind.BOOKINGS),
            List.of("reference", "ref", "id", "bookingid", "bookingref", "bookingreference", "appointmentid",
                    "externalid", "number", "bookingnumber"));

    private final String label;
    private final String hint;
    private final Set<ImportKind> kinds;
    private final List<String> aliases;

    ImportField(String label, String hint, Set<ImportKind> kinds, List<String> aliases) {
        this.label = label;
        this.hint = hint;
        this.kinds = kinds;
        this.aliases = aliases;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The field's name in the reader's language. */
    public Text text() {
        return Text.of("import.field." + name());
    }

    /** What the field is for, in the reader's language; empty for a field that needs no hint. */
    public Optional<Text> hintText() {
        return hint.isEmpty() ? Optional.empty() : Optional.of(Text.of("import.field." + name() + ".hint"));
    }

    public boolean appliesTo(ImportKind kind) {
        return kinds.contains(kind);
    }

    List<String> aliases() {
        return aliases;
    }
}
