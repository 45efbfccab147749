package com.clientele.booking.imports;

import com.clientele.customer.CustomerContact;

/** One customer read from a file, with its line there. */
public record CustomerImportRow(int line, CustomerContact contact) {
}
