/**
 * Shared kernel: entity base, e-mail and phone normalisation, formats, input validation, the
 * errors every module throws, SQL helpers. Depends on no module.
 */
@NullMarked
package com.clientele.base;

import org.jspecify.annotations.NullMarked;
