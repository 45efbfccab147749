/**
 * The provider's customers workspace and the provider dashboard REST API
 * (/api/bookings/provider_dashboard/): adapters composing customer, booking, messaging and activity.
 */
@NullMarked
package com.clientele.workspace;

import org.jspecify.annotations.NullMarked;
