/** The duplicates page: possible duplicates, the merge dialog and the merge history. */
@NullMarked
package com.clientele.merge.ui;

import org.jspecify.annotations.NullMarked;
