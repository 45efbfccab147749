/**
 * CSV import of customers and booking history.
 */
@NullMarked
package com.clientele.booking.imports;

import org.jspecify.annotations.NullMarked;
