package com.clientele.base;

/** The thing asked for does not exist for the current user (another provider's data included). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
