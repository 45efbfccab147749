/**
 * Spring Security set-up: the UI and API filter chains, the signed-in user, lock-out, rate limits.
 */
@NullMarked
package com.clientele.security;

import org.jspecify.annotations.NullMarked;
