/**
 * The customers workspace: stats, activity, the customer grid and its dialogs.
 */
@NullMarked
package com.clientele.workspace.ui;

import org.jspecify.annotations.NullMarked;
