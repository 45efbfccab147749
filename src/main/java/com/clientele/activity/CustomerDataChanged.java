package com.clientele.activity;

/**
 * Published whenever a provider's bookings, reviews or customer relations changed. Listeners that
 * refresh screens should react after the transaction commits.
 */
public record CustomerDataChanged(long providerId) {
}
