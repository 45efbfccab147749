package com.clientele.booking;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.customer.CustomerContact;
import java.util.List;

/**
 * Why an imported row's customer or booking was refused, as the import report says it: each field
 * refused named, with the value the file had for the e-mail and the phone ("E-mail “x@”: Enter a
 * valid e-mail address…").
 */
public final class ImportProblems {

    private static final int SHOWN_MAX = 60;

    private ImportProblems() {
    }

    public static Text of(InvalidInputException e, CustomerContact contact) {
        List<Text> parts = e.errors().entrySet().stream().map(error -> {
            String field = error.getKey().substring(error.getKey().lastIndexOf('.') + 1);
            return switch (field) {
                case "email" -> Text.of("imports.row.email.refused", shortened(contact.email()), error.getValue());
                case "phone" -> Text.of("imports.row.phone.refused", shortened(contact.phone()), error.getValue());
                default -> Text.of("imports.row.field.refused", Text.of("imports.field." + field), error.getValue());
            };
        }).toList();
        return Text.joined(parts);
    }

    /** A value of the file as a problem quotes it: at most 60 characters. */
    public static String shortened(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() <= SHOWN_MAX ? text : text.substring(0, SHOWN_MAX - 1) + "…";
    }
}
