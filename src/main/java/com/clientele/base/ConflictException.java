package com.clientele.base;

/** The request clashes with the current state: data changed elsewhere, or a rule about state. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
