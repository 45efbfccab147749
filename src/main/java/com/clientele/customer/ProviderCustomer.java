package com.clientele.customer;

import com.clientele.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A provider's relationship with one customer: what the provider keeps (favourite, block, notes,
 * contact data as the provider knows it) and the figures derived from bookings and reviews.
 *
 * <p>The figures and the status are read-only here: {@link RelationFigures} recomputes them in SQL
 * in the transaction that changes bookings or reviews. The version guards the provider's own edits.
 */
@Entity
@DynamicUpdate
@Table(name = "provider_customer")
class ProviderCustomer extends AbstractEntity {

    static final int NOTES_MAX = CustomerService.NOTES_MAX;
    static final int REASON_MAX = CustomerService.BLOCK_REASON_MAX;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 32)
    private String phone;

    @Column(name = "search_text", nullable = false, length = 600)
    private String searchText;

    @Column(nullable = false)
    private boolean favorite;

    @Column(nullable = false)
    private boolean blocked;

    @Column(name = "blocked_reason", length = REASON_MAX)
    private String blockedReason;

    @Column(name = "blocked_at")
    private Instant blockedAt;

    /** When the block ends by itself ({@link BlockExpiry}); null for a block until lifted. */
    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(columnDefinition = "text")
    private String notes;

    /** The flag a no-show rule raised (SPEC 11), written by {@link RuleOutcomes}; cleared here. */
    @Column(name = "flagged_reason", length = REASON_MAX)
    private String flaggedReason;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    /** Why the customer is exempt from the no-show rules; null when they are not. */
    @Column(name = "rules_exemption", length = REASON_MAX)
    private String rulesExemption;

    @Column(name = "total_bookings", insertable = false, updatable = false)
    private int totalBookings;

    @Column(name = "completed_bookings", insertable = false, updatable = false)
    private int completedBookings;

    @Column(name = "cancelled_count", insertable = false, updatable = false)
    private int cancelledCount;

    @Column(name = "no_show_count", insertable = false, updatable = false)
    private int noShowCount;

    @Column(name = "total_spent", precision = 12, scale = 2, insertable = false, updatable = false)
    private BigDecimal totalSpent;

    @Column(name = "first_booking_at", insertable = false, updatable = false)
    private Instant firstBookingAt;

    @Column(name = "last_booking_at", insertable = false, updatable = false)
    private Instant lastBookingAt;

    @Column(name = "next_booking_at", insertable = false, updatable = false)
    private Instant nextBookingAt;

    @Column(name = "rating_sum", insertable = false, updatable = false)
    private int ratingSum;

    @Column(name = "rating_count", insertable = false, updatable = false)
    private int ratingCount;

    @Column(name = "average_rating", precision = 3, scale = 2, insertable = false, updatable = false)
    private BigDecimal averageRating;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, insertable = false, updatable = false)
    private CustomerStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProviderCustomer() {
    }

    void setFavorite(boolean favorite, Instant now) {
        this.favorite = favorite;
        this.updatedAt = now;
    }

    void block(String reason, Instant until, Instant now) {
        if (!this.blocked) {
            this.blockedAt = now;
        }
        this.blocked = true;
        this.blockedReason = reason;
        this.blockedUntil = until;
        this.updatedAt = now;
    }

    void unblock(Instant now) {
        this.blocked = false;
        this.blockedReason = null;
        this.blockedAt = null;
        this.blockedUntil = null;
        this.updatedAt = now;
    }

    void clearFlag(Instant now) {
        this.flaggedReason = null;
        this.flaggedAt = null;
        this.updatedAt = now;
    }

    void setRulesExemption(String reason, Instant now) {
        this.rulesExemption = reason;
        this.updatedAt = now;
    }

    String getFlaggedReason() {
        return flaggedReason;
    }

    String getRulesExemption() {
        return rulesExemption;
    }

    void setNotes(String notes, Instant now) {
        this.notes = notes;
        this.updatedAt = now;
    }

    long getProviderId() {
        return providerId;
    }

    long getCustomerId() {
        return customerId;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    boolean isFavorite() {
        return favorite;
    }

    boolean isBlocked() {
        return blocked;
    }

    String getBlockedReason() {
        return blockedReason;
    }

    Instant getBlockedAt() {
        return blockedAt;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }

    String getNotes() {
        return notes;
    }

    int getTotalBookings() {
        return totalBookings;
    }

    int getCompletedBookings() {
        return completedBookings;
    }

    int getCancelledCount() {
        return cancelledCount;
    }

    int getNoShowCount() {
        return noShowCount;
    }

    BigDecimal getTotalSpent() {
        return totalSpent;
    }

    Instant getFirstBookingAt() {
        return firstBookingAt;
    }

    Instant getLastBookingAt() {
        return lastBookingAt;
    }

    Instant getNextBookingAt() {
        return nextBookingAt;
    }

    BigDecimal getAverageRating() {
        return averageRating;
    }

    CustomerStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
