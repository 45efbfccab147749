/**
 * The API access page.
 */
@NullMarked
package com.clientele.apitoken.ui;

import org.jspecify.annotations.NullMarked;
