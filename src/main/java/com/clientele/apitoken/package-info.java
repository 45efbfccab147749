/**
 * API tokens: created and revoked by their owner, shown once, stored hashed, verified for the API.
 */
@NullMarked
package com.clientele.apitoken;

import org.jspecify.annotations.NullMarked;
