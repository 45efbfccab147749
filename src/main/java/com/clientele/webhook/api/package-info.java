/**
 * The webhooks over REST under /api/bookings/provider_dashboard/webhooks/, for owners' tokens.
 */
@NullMarked
package com.clientele.webhook.api;

import org.jspecify.annotations.NullMarked;
