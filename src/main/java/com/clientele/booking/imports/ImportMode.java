package com.clientele.booking.imports;

/** What to do with rows that cannot be imported. */
public enum ImportMode {
    SKIP_INVALID("Skip invalid rows", "Import every valid row; the others are listed for download."),
    ALL_OR_NOTHING("All or nothing", "Import only if every row is valid; otherwise nothing is written.");

    private final String label;
    private final String description;

    ImportMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
