/**
 * The security and admin audit trail: append-only entries with actor, target, time and address.
 */
@NullMarked
package com.clientele.audit;

import org.jspecify.annotations.NullMarked;
