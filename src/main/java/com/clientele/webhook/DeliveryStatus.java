package com.clientele.webhook;

import java.util.Locale;

/** Where a delivery stands: still to be (re)tried, accepted by the receiver, or given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    /** The lower-case word the REST API shows. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
