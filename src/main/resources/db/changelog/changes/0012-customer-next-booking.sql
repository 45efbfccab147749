--liquibase formatted sql

--changeset clientele:0011-ux-workspace-next-booking
-- SPEC 3: last_booking_at is the last visit (latest start of a booking not cancelled that is not in
-- the future) and next_booking_at the next booking (earliest such start in the future). Both move
-- on as time passes: booking.VisitRollover recomputes, every minute, the relations whose next
-- booking has started (found through ix_pc_next_due). The list sorts by the next booking in both
-- directions as a forward scan, like every other sort, and the search index covers it too.
ALTER TABLE provider_customer
    ADD COLUMN next_booking_at DATETIME(6) NULL AFTER last_booking_at,
    ADD INDEX ix_pc_next_booking (provider_id, next_booking_at, id),
    ADD INDEX ix_pc_next_booking_desc (provider_id, next_booking_at DESC, id DESC),
    ADD INDEX ix_pc_next_due (next_booking_at),
    DROP INDEX ix_pc_search,
    ADD INDEX ix_pc_search (provider_id, search_key, status, last_booking_at, next_booking_at, name, total_bookings,
        total_spent, average_rating);

--changeset clientele:0011-ux-workspace-next-booking-backfill
-- Until now last_booking_at included bookings in the future: split it into last visit and next
-- booking as of now (UTC, as every stored instant). No total of provider_customer_totals changes.
UPDATE provider_customer pc
JOIN (SELECT provider_id, customer_id,
             MAX(CASE WHEN status <> 'CANCELLED' AND starts_at <= UTC_TIMESTAMP(6) THEN starts_at END) AS last_at,
             MIN(CASE WHEN status <> 'CANCELLED' AND starts_at > UTC_TIMESTAMP(6) THEN starts_at END) AS next_at
      FROM booking GROUP BY provider_id, customer_id) b
    ON b.provider_id = pc.provider_id AND b.customer_id = pc.customer_id
SET pc.last_booking_at = b.last_at, pc.next_booking_at = b.next_at;
