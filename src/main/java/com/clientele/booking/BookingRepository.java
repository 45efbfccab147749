package com.clientele.booking;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

    @Query("select b.customerId from Booking b where b.id = :id and b.providerId = :providerId")
    Optional<Long> findCustomerId(long id, long providerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Booking> findLockedByIdAndProviderId(long id, long providerId);
}
