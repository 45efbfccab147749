/**
 * What every REST controller shares: problem+json errors, strict JSON bodies, paging, OpenAPI.
 */
@NullMarked
@NamedInterface("api")
package com.clientele.base.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
