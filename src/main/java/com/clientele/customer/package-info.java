/**
 * A provider's customers: the customer records, the provider-customer relations with their SPEC 3
 * figures, list, search, stats, export, the customer actions (favourite, block, notes) and the
 * integrity check of the figures.
 */
@NullMarked
package com.clientele.customer;

import org.jspecify.annotations.NullMarked;
