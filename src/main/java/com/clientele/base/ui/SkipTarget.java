package com.clientele.base.ui;

/**
 * A view whose main task sits below other content (the customers search under the stats and the
 * activity): the layout then offers a second skip link, straight to it, after "Skip to content".
 */
public interface SkipTarget {

    /** The skip link's text, e.g. "Skip to customer search". */
    String skipLabel();

    /** Moves the keyboard focus to where the view's main task starts. */
    void focusSkipTarget();
}
