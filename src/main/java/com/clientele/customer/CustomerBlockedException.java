package com.clientele.customer;

import com.clientele.base.ConflictException;
import com.clientele.base.Text;
import org.jspecify.annotations.Nullable;

/** A blocked customer cannot get a new booking with the provider who blocked them. */
public class CustomerBlockedException extends ConflictException {

    public CustomerBlockedException(String customerName, @Nullable String reason) {
        super(describe(customerName, reason));
    }

    /** What a provider is told about a blocked customer, wherever it shows. */
    public static Text describe(String customerName, @Nullable String reason) {
        return Text.of("customer.error.blocked", customerName, reason == null ? "" : reason);
    }
}
