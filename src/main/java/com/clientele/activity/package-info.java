/**
 * The relationship timeline: activity events per provider and customer, and the announcement of
 * changes that live screens follow.
 */
@NullMarked
package com.clientele.activity;

import org.jspecify.annotations.NullMarked;
