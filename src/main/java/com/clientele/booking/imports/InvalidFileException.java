package com.clientele.booking.imports;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;

/** The file cannot be read as a table: nothing of it is imported. */
public class InvalidFileException extends InvalidInputException {

    public InvalidFileException(String key, Object... args) {
        super("file", key, args);
    }

    public Text reason() {
        return errors().get("file");
    }
}
