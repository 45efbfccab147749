package com.clientele.provider;

/**
 * A member was removed from their business: the account's API tokens are revoked (in the same
 * transaction), so they stay dead even if the address is invited again later.
 */
public record MemberRemoved(long accountId) {
}
