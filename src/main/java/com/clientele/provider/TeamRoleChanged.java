package com.clientele.provider;

/**
 * A member was given another role: their rights changed, so their open sessions end and they sign
 * in again with the new ones. Delivered after commit. (API tokens read the role at every request.)
 */
public record TeamRoleChanged(long accountId) {
}
