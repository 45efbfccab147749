/**
 * Clientele: providers manage the customers who book with them; admins manage provider accounts.
 * Each top-level package below is an application module (Spring Modulith); see docs/modules.
 */
@NullMarked
package com.clientele;

import org.jspecify.annotations.NullMarked;
