/**
 * The bookings view and the import view.
 */
@NullMarked
package com.clientele.booking.ui;

import org.jspecify.annotations.NullMarked;
