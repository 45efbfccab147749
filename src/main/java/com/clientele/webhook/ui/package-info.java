/**
 * The webhooks page for owners: endpoints, their secret shown once, and each endpoint's delivery log.
 */
@NullMarked
package com.clientele.webhook.ui;

import org.jspecify.annotations.NullMarked;
