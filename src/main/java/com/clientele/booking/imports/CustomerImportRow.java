package com.clientele.booking.imports;

import com.clientele.customer.CustomerContact;

import org.jspecify.annotations.Nullable;

/** One customer read from a file, with its line there and the file's notes on them, if any. */
public record CustomerImportRow(int line, CustomerContact contact, @Nullable String notes) {
}
