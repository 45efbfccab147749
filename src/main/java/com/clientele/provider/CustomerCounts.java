package com.clientele.provider;

import java.util.Collection;
import java.util.Map;

/**
 * How many customers and bookings each provider has, for the admin console. The customer module,
 * which holds them, implements this; the provider module only knows the interface, so the
 * dependency points from customer to provider and never back.
 */
public interface CustomerCounts {

    /** The counts of each provider given; providers without customers may be missing. */
    Map<Long, Counts> of(Collection<Long> providerIds);

    /** @param bookings bookings that are not cancelled, over all of the provider's customers */
    record Counts(long customers, long bookings) {

        public static final Counts NONE = new Counts(0, 0);
    }
}
