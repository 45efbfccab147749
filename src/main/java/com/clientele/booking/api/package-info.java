/**
 * The CSV import as a REST endpoint under /api/bookings/provider_dashboard/imports/.
 */
@NullMarked
package com.clientele.booking.api;

import org.jspecify.annotations.NullMarked;
