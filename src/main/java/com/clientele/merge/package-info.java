/**
 * Possible duplicates and merges that can be undone (SPEC 12): the pairs of a business's customers
 * that look like one person, with a score and the reasons; merging two into one, every row and
 * figure following; and undoing a merge within its window. See docs/duplicates-and-merges.md.
 */
@NullMarked
package com.clientele.merge;

import org.jspecify.annotations.NullMarked;
