/**
 * Accounts and providers: sign-in data, lock-out state, the admin's operations on provider accounts.
 */
@NullMarked
package com.clientele.provider;

import org.jspecify.annotations.NullMarked;
