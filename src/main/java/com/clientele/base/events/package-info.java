/**
 * Upkeep of Spring Modulith's event publication registry (table EVENT_PUBLICATION): resubmission of
 * failed publications and clean-up of completed ones. Used by no module directly: the modules publish
 * and listen through Spring's events. See docs/events.md.
 */
@NullMarked
package com.clientele.base.events;

import org.jspecify.annotations.NullMarked;
