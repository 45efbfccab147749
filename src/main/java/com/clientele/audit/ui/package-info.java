/**
 * The admin's audit log view.
 */
@NullMarked
package com.clientele.audit.ui;

import org.jspecify.annotations.NullMarked;
