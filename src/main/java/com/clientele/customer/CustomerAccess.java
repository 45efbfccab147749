package com.clientele.customer;

import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the current member may do with the business's customers (SPEC §10), for every service of
 * this module: a role that may not do something at all is refused ({@link AccessDeniedException});
 * a staff member, who acts for their own customers only, finds any other customer exactly as they
 * would another business's: not at all ({@link NotFoundException}).
 */
@Component
class CustomerAccess {

    private final CurrentUser currentUser;
    private final ProviderDirectory providers;
    private final JdbcClient jdbc;

    CustomerAccess(CurrentUser currentUser, ProviderDirectory providers, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.providers = providers;
        this.jdbc = jdbc;
    }

    /**
     * The member whose own customers the current member may do this for (a staff member: themself),
     * or null for all of the business's customers.
     *
     * @throws AccessDeniedException when the role may not do it at all
     */
    @Nullable Long ownOnly(Capability capability) {
        return currentUser.ownCustomersOf(capability).orElse(null);
    }

    /**
     * Whose customers a list with this filter shows: the staff member's own, the member the filter
     * names, or (null) all. Only members who see all customers may filter by a member, and only by
     * one of their own business (removed members included: their bookings still name them).
     */
    @Nullable Long servedBy(CustomerFilter filter) {
        Long own = ownOnly(Capability.SEE_CUSTOMERS);
        Long wanted = filter.staffMemberId();
        if (wanted == null) {
            return own;
        }
        if (own != null) {
            throw new AccessDeniedException("A staff member sees their own customers only");
        }
        if (!providers.isMember(currentUser.providerId(), wanted)) {
            throw new InvalidInputException("staff", "customer.error.staff.unknown");
        }
        return wanted;
    }

    /** Refuses a customer of the current provider the current member may not do this for (see the class). */
    void requireCustomer(long customerId, Capability capability) {
        Long own = ownOnly(capability);
        if (own != null && !served(own, "customer_id", customerId)) {
            throw new NotFoundException("customer.error.not-found");
        }
    }

    /** {@link #requireCustomer} by the relation's id. */
    void requireRelation(long relationId, Capability capability) {
        Long own = ownOnly(capability);
        if (own != null && !served(own, "relation_id", relationId)) {
            throw notFound(relationId);
        }
    }

    /**
     * Not found, with the REST API's {@code merged_into} hint when the relation was merged into
     * another (SPEC 12).
     */
    NotFoundException notFound(long relationId) {
        return mergedInto(relationId)
                .map(into -> new NotFoundException("customer.error.merged", Map.<String, Object>of("merged_into", into)))
                .orElseGet(() -> new NotFoundException("customer.error.not-found"));
    }

    /** The relation a merged-away relation went into, following later merges to the one that exists now. */
    Optional<Long> mergedInto(long relationId) {
        long provider = currentUser.providerId();
        Optional<Long> into = Optional.empty();
        long current = relationId;
        for (int hop = 0; hop < 20; hop++) {
            Optional<Long> next = jdbc.sql("SELECT into_relation_id FROM merged_relation"
                            + " WHERE relation_id = :id AND provider_id = :provider")
                    .param("id", current).param("provider", provider).query(Long.class).optional();
            if (next.isEmpty()) {
                break;
            }
            into = next;
            current = next.get();
        }
        return into;
    }

    /** Whether the member served this customer of the current provider (their row of staff_customer). */
    private boolean served(long memberId, String key, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_customer WHERE provider_id = :provider AND staff_member_id = :member"
                        + " AND " + key + " = :id")
                .param("provider", currentUser.providerId()).param("member", memberId).param("id", id)
                .query(Integer.class).single() > 0;
    }
}
