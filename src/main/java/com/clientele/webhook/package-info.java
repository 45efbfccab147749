/**
 * Signed webhooks (SPEC §15): a business's HTTPS endpoints, the deliveries of its customer, booking
 * and review events to them, their attempts, retries and the delivery log. See docs/webhooks.md.
 */
@NullMarked
package com.clientele.webhook;

import org.jspecify.annotations.NullMarked;
