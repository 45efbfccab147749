package com.clientele.booking;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    boolean existsByBookingId(long bookingId);
}
