/**
 * Sign-in, password change, the application layout and the start page.
 */
@NullMarked
package com.clientele.security.ui;

import org.jspecify.annotations.NullMarked;
