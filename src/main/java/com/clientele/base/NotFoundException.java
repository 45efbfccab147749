package com.clientele.base;

/** The thing asked for does not exist for the current user (another provider's data included). */
public class NotFoundException extends RuntimeException {

    private final Text text;

    /** @param key the message saying what was not found, e.g. {@code customer.not-found} */
    public NotFoundException(String key) {
        super(key);
        this.text = Text.of(key);
    }

    public Text text() {
        return text;
    }
}
