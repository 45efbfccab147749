package com.clientele.bench;

/**
 * How large a generated dataset is. One provider is the "busy" one, with its own share of customers
 * and bookings and one customer with {@code heavyCustomerBookings} bookings; the other providers
 * share the rest.
 */
record BenchScale(int providers, int customers, int bookings, int busyCustomers, int busyBookings,
        int heavyCustomerBookings, int years, long seed) {

    /** The benchmark's dataset: a large platform. */
    static final BenchScale FULL = new BenchScale(1_000, 200_000, 2_000_000, 50_000, 400_000, 500, 3, 20_260_601L);

    /** The same shape at 1/200 of the size, for the smoke test run by {@code ./mvnw verify}. */
    static final BenchScale SMOKE = new BenchScale(8, 1_000, 10_000, 250, 2_000, 120, 3, 7L);

    BenchScale {
        if (providers < 2 || busyCustomers < 2 || busyCustomers > customers
                || customers - busyCustomers > (long) (providers - 1) * customers) {
            throw new IllegalArgumentException("Unusable scale");
        }
        if (busyBookings < busyCustomers - 1 + heavyCustomerBookings || bookings - busyBookings < customers - busyCustomers) {
            throw new IllegalArgumentException("Too few bookings for the customers");
        }
    }
}
