/**
 * Messages from a provider to a customer: stored, then delivered by e-mail.
 */
@NullMarked
package com.clientele.messaging;

import org.jspecify.annotations.NullMarked;
