package com.clientele.customer;

import java.time.Instant;
import java.util.List;

/**
 * Published in the writer's transaction when a provider gained customers: new provider-customer
 * relations, made by a booking for a new customer or by an import (one event for the whole file).
 *
 * @param relationIds the new relations (the ids the REST API shows for the customers)
 */
public record CustomersCreated(long providerId, List<Long> relationIds, Instant occurredAt) {
}
