package com.clientele.booking;

import com.clientele.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "booking")
class Booking extends AbstractEntity {

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "service_name", nullable = false, length = 200)
    private String serviceName;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BookingStatus status;

    /** When its status changed to cancelled in the app; null otherwise, and for bookings created or imported cancelled. */
    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    /** The member who serves it, of the same business (changeset 0019's composite key); null for none. */
    @Column(name = "staff_member_id")
    private @Nullable Long staffMemberId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Booking() {
    }

    Booking(long providerId, long customerId, String serviceName, Instant startsAt, int durationMinutes,
            BigDecimal price, BookingStatus status, @Nullable Long staffMemberId, Instant now) {
        this.providerId = providerId;
        this.customerId = customerId;
        this.serviceName = serviceName;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.price = price;
        this.status = status;
        this.staffMemberId = staffMemberId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changeStatus(BookingStatus next, Instant now) {
        if (next == BookingStatus.CANCELLED) {
            this.cancelledAt = now;
        }
        this.status = next;
        this.updatedAt = now;
    }

    void assign(@Nullable Long memberId, Instant now) {
        this.staffMemberId = memberId;
        this.updatedAt = now;
    }

    long getProviderId() {
        return providerId;
    }

    long getCustomerId() {
        return customerId;
    }

    String getServiceName() {
        return serviceName;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    BigDecimal getPrice() {
        return price;
    }

    BookingStatus getStatus() {
        return status;
    }

    @Nullable Long getStaffMemberId() {
        return staffMemberId;
    }
}
