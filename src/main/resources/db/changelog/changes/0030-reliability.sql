--liquibase formatted sql

--changeset clientele:0030-booking-cancelled-at
-- SPEC 11: a late cancellation is one made less than the provider's cut-off before the start, so a
-- booking records when it was cancelled. Set when a booking's status changes to CANCELLED in the
-- app (screen or API). Left empty, and so never late, for bookings created or imported as cancelled
-- (a past appointment entered afterwards says nothing about when it was called off).
-- Existing cancelled bookings: cancelled is a final status, so the last change of one changed after
-- its creation and never imported is its cancellation (updated_at); the others stay empty.
ALTER TABLE booking ADD COLUMN cancelled_at DATETIME(6) NULL AFTER status;
UPDATE booking SET cancelled_at = updated_at
WHERE status = 'CANCELLED' AND import_key IS NULL AND updated_at > created_at;
--rollback ALTER TABLE booking DROP COLUMN cancelled_at;

--changeset clientele:0030-provider-late-cancellation-cutoff
ALTER TABLE provider ADD COLUMN late_cancellation_hours INT NOT NULL DEFAULT 24,
    ADD CONSTRAINT ck_provider_late_cancellation CHECK (late_cancellation_hours BETWEEN 1 AND 336);
--rollback ALTER TABLE provider DROP CONSTRAINT ck_provider_late_cancellation, DROP COLUMN late_cancellation_hours;

--changeset clientele:0030-relation-reliability
-- The reliability of a customer (SPEC 11) over bookings starting in the last 365 days: attended
-- (completed), no-shows and late cancellations, kept by the writers in the transaction of every
-- booking change like the SPEC 3 figures (booking.BookingFigures). reliability_window_ends_at is
-- when the earliest of those bookings leaves the window: booking.VisitRollover recomputes such
-- relations every minute (ix_pc_reliability_due). The percentage is rounded down, so "below 70 %"
-- is exactly reliability < 70; null under 3 bookings ("not enough history").
ALTER TABLE provider_customer
    ADD COLUMN attended_recent INT NOT NULL DEFAULT 0,
    ADD COLUMN no_show_recent INT NOT NULL DEFAULT 0,
    ADD COLUMN late_cancellation_count INT NOT NULL DEFAULT 0,
    ADD COLUMN reliability_window_ends_at DATETIME(6) NULL,
    ADD COLUMN reliability TINYINT AS (CASE WHEN attended_recent + no_show_recent + late_cancellation_count >= 3
        THEN FLOOR(100 * attended_recent / (attended_recent + no_show_recent + late_cancellation_count)) END) STORED,
    ADD INDEX ix_pc_reliability (provider_id, reliability, id),
    ADD INDEX ix_pc_reliability_desc (provider_id, reliability DESC, id DESC),
    ADD INDEX ix_pc_reliability_due (reliability_window_ends_at);

UPDATE provider_customer pc
JOIN (SELECT b.provider_id, b.customer_id,
             SUM(b.status = 'COMPLETED') AS attended, SUM(b.status = 'NO_SHOW') AS no_show,
             SUM(b.status = 'CANCELLED' AND b.cancelled_at > b.starts_at - INTERVAL p.late_cancellation_hours HOUR) AS late,
             MIN(CASE WHEN b.status IN ('COMPLETED', 'NO_SHOW') OR (b.status = 'CANCELLED'
                     AND b.cancelled_at > b.starts_at - INTERVAL p.late_cancellation_hours HOUR) THEN b.starts_at END)
                 AS earliest
      FROM booking b JOIN provider p ON p.id = b.provider_id
      WHERE b.starts_at > UTC_TIMESTAMP(6) - INTERVAL 365 DAY
      GROUP BY b.provider_id, b.customer_id) r
    ON r.provider_id = pc.provider_id AND r.customer_id = pc.customer_id
SET pc.attended_recent = r.attended, pc.no_show_recent = r.no_show, pc.late_cancellation_count = r.late,
    pc.reliability_window_ends_at = r.earliest + INTERVAL 365 DAY;
--rollback ALTER TABLE provider_customer DROP COLUMN reliability, DROP COLUMN reliability_window_ends_at, DROP COLUMN late_cancellation_count, DROP COLUMN no_show_recent, DROP COLUMN attended_recent;

--changeset clientele:0030-relation-block-end
-- SPEC 11: a block may end. At its end customer.BlockExpiry (a job that runs once across servers)
-- lifts it and the status follows (ix_pc_block_due).
ALTER TABLE provider_customer
    ADD COLUMN blocked_until DATETIME(6) NULL AFTER blocked_at,
    ADD INDEX ix_pc_block_due (blocked_until);
--rollback ALTER TABLE provider_customer DROP INDEX ix_pc_block_due, DROP COLUMN blocked_until;
