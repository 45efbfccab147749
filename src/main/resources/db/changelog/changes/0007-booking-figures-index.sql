--liquibase formatted sql

--changeset clientele:0007-booking-figures-index
-- A relation's figures are recomputed from all its bookings and reviews on every write (and by the
-- figure check for all relations): with status and price in the index of a customer's bookings,
-- and the rating in the index of their reviews, that is a short index scan instead of one table
-- row per booking (a customer with 500 bookings: 500 random reads on every new booking).
-- The booking index keeps its order (start, then id) for the booking history.
ALTER TABLE booking
    DROP INDEX ix_booking_customer,
    ADD INDEX ix_booking_customer (provider_id, customer_id, starts_at, id, status, price);
ALTER TABLE review
    DROP INDEX ix_review_customer,
    ADD INDEX ix_review_customer (provider_id, customer_id, created_at, rating);
