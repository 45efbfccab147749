package com.clientele.customer;

/** Notes read from a file for a customer whose relation the importing transaction holds locked. */
public record ImportedNote(long relationId, String text) {

    /** What {@link CustomerDirectory#addImportedNotes} did with one note. */
    public enum Outcome {
        /** the customer had no notes: the file's are the notes now */
        SET,
        /** the file's notes were added after the customer's own, under a dated line */
        APPENDED,
        /** the customer's notes already contain the file's text (e.g. the same file imported again) */
        ALREADY_THERE,
        /** together they would exceed the notes limit: the customer's notes stay as they are */
        TOO_LONG
    }
}
