/**
 * The embedded MariaDB for development and tests.
 */
@NullMarked
@NamedInterface("db")
package com.clientele.base.db;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
