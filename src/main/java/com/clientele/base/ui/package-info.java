/**
 * What every view shares: headers, toasts, error handling, grid fitting, browser time.
 */
@NullMarked
@NamedInterface("ui")
package com.clientele.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
