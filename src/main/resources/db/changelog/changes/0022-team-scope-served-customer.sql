--liquibase formatted sql

--changeset clientele:0022-team-scope-staff-customer
-- A staff member's own customers (SPEC §10): each customer with at least one booking assigned to
-- the member, once, with how many such bookings there are and a copy of the customer's figures
-- that the stats add up. Kept by the triggers below, in the writer's transaction: the booking
-- table's keep the pairs, the relation table's keep the figures. Probing the booking index for
-- every customer instead cost a staff member's stats about 90 ms and the list's count 70 ms or more
-- in a copy of the benchmark's busy provider; summing this table's rows of one member, a few
-- milliseconds (docs/performance.md, "A staff member's own customers").
CREATE TABLE staff_customer (
    provider_id BIGINT NOT NULL,
    staff_member_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    relation_id BIGINT NULL,
    bookings INT NOT NULL,
    total_bookings INT NOT NULL DEFAULT 0,
    rating_sum INT NOT NULL DEFAULT 0,
    rating_count INT NOT NULL DEFAULT 0,
    first_booking_at DATETIME(6) NULL,
    PRIMARY KEY (provider_id, staff_member_id, customer_id),
    CONSTRAINT uq_staff_customer_relation UNIQUE (provider_id, staff_member_id, relation_id),
    INDEX ix_staff_customer_customer (provider_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO staff_customer (provider_id, staff_member_id, customer_id, relation_id, bookings, total_bookings,
    rating_sum, rating_count, first_booking_at)
SELECT b.provider_id, b.staff_member_id, b.customer_id, pc.id, COUNT(*), pc.total_bookings, pc.rating_sum,
    pc.rating_count, pc.first_booking_at
FROM booking b JOIN provider_customer pc ON pc.provider_id = b.provider_id AND pc.customer_id = b.customer_id
WHERE b.staff_member_id IS NOT NULL
GROUP BY b.provider_id, b.staff_member_id, b.customer_id, pc.id, pc.total_bookings, pc.rating_sum, pc.rating_count,
    pc.first_booking_at;
--rollback DROP TABLE staff_customer;

--changeset clientele:0022-team-scope-served-customer-view
-- The customer module's published face for "own customers": which member served which customer
-- (and its relation). Other modules name this view in their EXISTS (base.Sql.servedBy), never the
-- tables behind it. A plain view: MariaDB merges it, so a probe is one lookup in a unique key.
CREATE SQL SECURITY INVOKER VIEW served_customer AS
SELECT provider_id, staff_member_id, customer_id, relation_id
FROM staff_customer;
--rollback DROP VIEW served_customer;

--changeset clientele:0022-team-scope-staff-on-booking-insert splitStatements:false
CREATE TRIGGER trg_booking_staff_insert AFTER INSERT ON booking FOR EACH ROW
BEGIN
    IF NEW.staff_member_id IS NOT NULL THEN
        INSERT INTO staff_customer (provider_id, staff_member_id, customer_id, relation_id, bookings, total_bookings,
                rating_sum, rating_count, first_booking_at)
        SELECT NEW.provider_id, NEW.staff_member_id, NEW.customer_id, pc.id, 1, COALESCE(pc.total_bookings, 0),
                COALESCE(pc.rating_sum, 0), COALESCE(pc.rating_count, 0), pc.first_booking_at
        FROM (SELECT 1 AS one) booked
        LEFT JOIN provider_customer pc ON pc.provider_id = NEW.provider_id AND pc.customer_id = NEW.customer_id
        ON DUPLICATE KEY UPDATE bookings = staff_customer.bookings + 1;
    END IF;
END
--rollback DROP TRIGGER trg_booking_staff_insert;

--changeset clientele:0022-team-scope-staff-on-booking-update splitStatements:false
-- Another member (or none) now serves the booking: the old pair loses it, the new one gains it.
CREATE TRIGGER trg_booking_staff_update AFTER UPDATE ON booking FOR EACH ROW
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
                    total_bookings, rating_sum, rating_count, first_booking_at)
            SELECT NEW.provider_id, NEW.staff_member_id, NEW.customer_id, pc.id, 1, COALESCE(pc.total_bookings, 0),
                    COALESCE(pc.rating_sum, 0), COALESCE(pc.rating_count, 0), pc.first_booking_at
            FROM (SELECT 1 AS one) booked
            LEFT JOIN provider_customer pc ON pc.provider_id = NEW.provider_id AND pc.customer_id = NEW.customer_id
            ON DUPLICATE KEY UPDATE bookings = staff_customer.bookings + 1;
        END IF;
    END IF;
END
--rollback DROP TRIGGER trg_booking_staff_update;

--changeset clientele:0022-team-scope-staff-on-booking-delete splitStatements:false
CREATE TRIGGER trg_booking_staff_delete AFTER DELETE ON booking FOR EACH ROW
BEGIN
    IF OLD.staff_member_id IS NOT NULL THEN
        UPDATE staff_customer SET bookings = bookings - 1
        WHERE provider_id = OLD.provider_id AND staff_member_id = OLD.staff_member_id AND customer_id = OLD.customer_id;
        DELETE FROM staff_customer
        WHERE provider_id = OLD.provider_id AND staff_member_id = OLD.staff_member_id AND customer_id = OLD.customer_id
            AND bookings <= 0;
    END IF;
END
--rollback DROP TRIGGER trg_booking_staff_delete;

--changeset clientele:0022-team-scope-staff-on-relation-insert splitStatements:false
-- Only a bulk load with the foreign keys off stores bookings before their relation; then the pairs
-- get the relation and its figures here.
CREATE TRIGGER trg_pc_staff_insert AFTER INSERT ON provider_customer FOR EACH ROW
    UPDATE staff_customer SET relation_id = NEW.id, total_bookings = NEW.total_bookings, rating_sum = NEW.rating_sum,
        rating_count = NEW.rating_count, first_booking_at = NEW.first_booking_at
    WHERE provider_id = NEW.provider_id AND customer_id = NEW.customer_id;
--rollback DROP TRIGGER trg_pc_staff_insert;

--changeset clientele:0022-team-scope-staff-on-relation-update splitStatements:false
-- Most updates (notes, favourite, the last or next visit) change none of the copied figures.
CREATE TRIGGER trg_pc_staff_update AFTER UPDATE ON provider_customer FOR EACH ROW
BEGIN
    IF NEW.total_bookings <> OLD.total_bookings OR NEW.rating_sum <> OLD.rating_sum
            OR NEW.rating_count <> OLD.rating_count OR NOT (NEW.first_booking_at <=> OLD.first_booking_at) THEN
        UPDATE staff_customer SET total_bookings = NEW.total_bookings, rating_sum = NEW.rating_sum,
            rating_count = NEW.rating_count, first_booking_at = NEW.first_booking_at
        WHERE provider_id = NEW.provider_id AND customer_id = NEW.customer_id;
    END IF;
END
--rollback DROP TRIGGER trg_pc_staff_update;

--changeset clientele:0022-team-scope-staff-on-relation-delete splitStatements:false
CREATE TRIGGER trg_pc_staff_delete AFTER DELETE ON provider_customer FOR EACH ROW
    DELETE FROM staff_customer WHERE provider_id = OLD.provider_id AND customer_id = OLD.customer_id;
--rollback DROP TRIGGER trg_pc_staff_delete;
