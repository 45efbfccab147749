package com.clientele.base;

/** The request clashes with the current state: data changed elsewhere, or a rule about state. */
public class ConflictException extends RuntimeException {

    private final Text text;

    public ConflictException(Text text) {
        super(text.toString());
        this.text = text;
    }

    public ConflictException(String key, Object... args) {
        this(Text.of(key, args));
    }

    /** What the person is told, in their language. */
    public Text text() {
        return text;
    }
}
