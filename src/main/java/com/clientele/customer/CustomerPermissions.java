package com.clientele.customer;

/**
 * What the current member's role lets them do with the customers they see (SPEC §10), so that
 * screens offer only that; the services refuse the rest regardless. A staff member sees only their
 * own customers, and may do for each of them what the role allows for own customers.
 *
 * @param notes read and write the private notes
 * @param favouriteAndMessage mark favourites and message customers
 * @param block block and unblock
 * @param export export the list as CSV
 */
public record CustomerPermissions(boolean notes, boolean favouriteAndMessage, boolean block, boolean export) {
}
