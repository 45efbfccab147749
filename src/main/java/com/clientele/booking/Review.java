package com.clientele.booking;

import com.clientele.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A customer's rating of one completed booking; at most one per booking. */
@Entity
@Immutable
@Table(name = "review")
class Review extends AbstractEntity {

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, columnDefinition = "tinyint")
    private int rating;

    @Column(length = 2000)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Review() {
    }

    Review(Booking booking, int rating, String comment, Instant createdAt) {
        this.bookingId = booking.getId();
        this.providerId = booking.getProviderId();
        this.customerId = booking.getCustomerId();
        this.rating = rating;
        this.comment = comment;
        this.createdAt = createdAt;
    }
}
