package com.clientele.booking.imports;

import com.clientele.base.InvalidInputException;

/** The file cannot be read as a table: nothing of it is imported. */
public class InvalidFileException extends InvalidInputException {

    public InvalidFileException(String reason) {
        super("file", reason);
    }

    public String reason() {
        return fieldErrors().get("file");
    }
}
