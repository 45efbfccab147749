package com.clientele.booking.imports;

import java.util.Arrays;
import java.util.List;

/** What a file brings in. */
public enum ImportKind {
    CUSTOMERS,
    BOOKINGS;

    /** The fields a file of this kind may have, in the order a form shows them. */
    public List<ImportField> fields() {
        return Arrays.stream(ImportField.values()).filter(field -> field.appliesTo(this)).toList();
    }
}
