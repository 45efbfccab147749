/**
 * The provider dashboard REST API (the seed's paths and fields).
 */
@NullMarked
package com.clientele.workspace.api;

import org.jspecify.annotations.NullMarked;
