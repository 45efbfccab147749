/**
 * The admin REST API under /api/admin/providers/.
 */
@NullMarked
package com.clientele.provider.api;

import org.jspecify.annotations.NullMarked;
