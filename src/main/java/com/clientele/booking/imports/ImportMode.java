package com.clientele.booking.imports;

/** What to do with rows that cannot be imported (the screens' words: {@code import.mode.*}). */
public enum ImportMode {
    /** Import every valid row; the others are listed for download. */
    SKIP_INVALID,
    /** Import only if every row is valid; otherwise nothing is written. */
    ALL_OR_NOTHING
}
