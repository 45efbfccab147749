package com.clientele.customer;

import com.clientele.base.ConflictException;

/** A blocked customer cannot get a new booking with the provider who blocked them. */
public class CustomerBlockedException extends ConflictException {

    public CustomerBlockedException(String customerName, String reason) {
        super(customerName + " is blocked and cannot be booked. Reason: " + reason);
    }
}
