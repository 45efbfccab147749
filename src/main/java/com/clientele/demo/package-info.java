/**
 * Demo data for the embedded database, written through the services.
 */
@NullMarked
package com.clientele.demo;

import org.jspecify.annotations.NullMarked;
