package com.clientele.messaging;

/** A message was stored for delivery; published inside the transaction that stored it. */
record MessageQueued(long messageId) {
}
