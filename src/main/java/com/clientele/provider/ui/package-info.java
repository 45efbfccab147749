/**
 * The admin console's provider accounts view.
 */
@NullMarked
package com.clientele.provider.ui;

import org.jspecify.annotations.NullMarked;
