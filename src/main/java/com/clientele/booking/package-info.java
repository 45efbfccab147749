/**
 * Bookings and reviews: the single write path that keeps each customer's figures right, the
 * bookings list and the customers' booking history.
 */
@NullMarked
package com.clientele.booking;

import org.jspecify.annotations.NullMarked;
