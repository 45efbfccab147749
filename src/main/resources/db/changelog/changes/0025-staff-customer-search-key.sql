--liquibase formatted sql

--changeset clientele:0025-staff-customer-search-key
-- A copy of the customer's search key beside each member's pair, kept by the same triggers as the
-- copied figures: a staff member's search count is then a range of this table's primary key with
-- the byte search on each row, instead of a probe of the pairs for every relation that matches.
-- For a term that all 20,000 own customers of a benchmark member match, the probes took 84 ms
-- (docs/performance.md, "A staff member's own customers").
ALTER TABLE staff_customer ADD COLUMN search_key VARBINARY(1600) NULL;
UPDATE staff_customer sc JOIN provider_customer pc ON pc.id = sc.relation_id SET sc.search_key = pc.search_key;
--rollback ALTER TABLE staff_customer DROP COLUMN search_key;

--changeset clientele:0025-staff-on-booking-insert splitStatements:false
CREATE OR REPLACE TRIGGER trg_booking_staff_insert AFTER INSERT ON booking FOR EACH ROW
BEGIN
    IF NEW.staff_member_id IS NOT NULL THEN
        INSERT INTO staff_customer (provider_id, staff_member_id, customer_id, relation_id, bookings, total_bookings,
                rating_sum, rating_count, first_booking_at, search_key)
        SELECT NEW.provider_id, NEW.staff_member_id, NEW.customer_id, pc.id, 1, COALESCE(pc.total_bookings, 0),
                COALESCE(pc.rating_sum, 0), COALESCE(pc.rating_count, 0), pc.first_booking_at, pc.search_key
        FROM (SELECT 1 AS one) booked
        LEFT JOIN provider_customer pc ON pc.provider_id = NEW.provider_id AND pc.customer_id = NEW.customer_id
        ON DUPLICATE KEY UPDATE bookings = staff_customer.bookings + 1;
    END IF;
END
--rollback empty

--changeset clientele:0025-staff-on-booking-update splitStatements:false
CREATE OR REPLACE TRIGGER trg_booking_staff_update AFTER UPDATE ON booking FOR EACH ROW
BEGIN
    IF NOT (OLD.staff_member_id <=> NEW.staff_member_id) OR OLD.customer_id <> NEW.customer_id
            OR OLD.provider_id <> NEW.provider_id THEN
        IF OLD.staff_member_id IS NOT NULL THEN
            UPDATE staff_customer SET bookings = bookings - 1
            WHERE provider_id = OLD.provider_id AND staff_member_id = OLD.staff_member_id
                AND customer_id = OLD.customer_id;
            DELETE FROM staff_customer
            WHERE provider_id = OLD.provider_id AND staff_member_id = OLD.staff_member_id
                AND customer_id = OLD.customer_id AND bookings <= 0;
        END IF;
        IF NEW.staff_member_id IS NOT NULL THEN
            INSERT INTO staff_customer (provider_id, staff_member_id, customer_id, relation_id, bookings,
                    total_bookings, rating_sum, rating_count, first_booking_at, search_key)
            SELECT NEW.provider_id, NEW.staff_member_id, NEW.customer_id, pc.id, 1, COALESCE(pc.total_bookings, 0),
                    COALESCE(pc.rating_sum, 0), COALESCE(pc.rating_count, 0), pc.first_booking_at, pc.search_key
            FROM (SELECT 1 AS one) booked
            LEFT JOIN provider_customer pc ON pc.provider_id = NEW.provider_id AND pc.customer_id = NEW.customer_id
            ON DUPLICATE KEY UPDATE bookings = staff_customer.bookings + 1;
        END IF;
    END IF;
END
--rollback empty

--changeset clientele:0025-staff-on-relation-insert splitStatements:false
CREATE OR REPLACE TRIGGER trg_pc_staff_insert AFTER INSERT ON provider_customer FOR EACH ROW
    UPDATE staff_customer SET relation_id = NEW.id, total_bookings = NEW.total_bookings, rating_sum = NEW.rating_sum,
        rating_count = NEW.rating_count, first_booking_at = NEW.first_booking_at, search_key = NEW.search_key
    WHERE provider_id = NEW.provider_id AND customer_id = NEW.customer_id;
--rollback empty

--changeset clientele:0025-staff-on-relation-update splitStatements:false
-- Most updates (notes, favourite, the last or next visit) change none of the copied columns.
CREATE OR REPLACE TRIGGER trg_pc_staff_update AFTER UPDATE ON provider_customer FOR EACH ROW
BEGIN
    IF NEW.total_bookings <> OLD.total_bookings OR NEW.rating_sum <> OLD.rating_sum
            OR NEW.rating_count <> OLD.rating_count OR NOT (NEW.first_booking_at <=> OLD.first_booking_at)
            OR NOT (NEW.search_key <=> OLD.search_key) THEN
        UPDATE staff_customer SET total_bookings = NEW.total_bookings, rating_sum = NEW.rating_sum,
            rating_count = NEW.rating_count, first_booking_at = NEW.first_booking_at, search_key = NEW.search_key
        WHERE provider_id = NEW.provider_id AND customer_id = NEW.customer_id;
    END IF;
END
--rollback empty
