--liquibase formatted sql

--changeset clientele:0029-staff-customer-totals-table
-- A staff member's stats (SPEC 10) from stored sums, like the provider's (0007-customer-totals):
-- summing the copied figures over all rows of a member who served 20,000 customers took 35 ms.
-- Rows are changes appended by the triggers below in the writer's transaction; a member's totals
-- are the sum of their rows, which customer.CustomerTotals folds into one from time to time.
CREATE TABLE staff_customer_totals (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    staff_member_id BIGINT NOT NULL,
    customers INT NOT NULL,
    booked INT NOT NULL,
    returned INT NOT NULL,
    regular INT NOT NULL,
    rating_sum BIGINT NOT NULL,
    rating_count BIGINT NOT NULL,
    INDEX ix_sct_member (provider_id, staff_member_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO staff_customer_totals (provider_id, staff_member_id, customers, booked, returned, regular, rating_sum,
    rating_count)
SELECT provider_id, staff_member_id, COUNT(*), SUM(total_bookings >= 1), SUM(total_bookings >= 2),
       SUM(total_bookings >= 5), SUM(rating_sum), SUM(rating_count)
FROM staff_customer GROUP BY provider_id, staff_member_id;
--rollback DROP TABLE staff_customer_totals;

--changeset clientele:0029-staff-customer-first-booking-index
-- "New this month" and the trend of a member: a range of their customers' first bookings.
CREATE INDEX ix_staff_customer_first_booking ON staff_customer (provider_id, staff_member_id, first_booking_at);
--rollback DROP INDEX ix_staff_customer_first_booking ON staff_customer;

--changeset clientele:0029-staff-customer-totals-on-insert splitStatements:false
CREATE TRIGGER trg_sc_totals_insert AFTER INSERT ON staff_customer FOR EACH ROW
    INSERT INTO staff_customer_totals (provider_id, staff_member_id, customers, booked, returned, regular, rating_sum,
            rating_count)
    VALUES (NEW.provider_id, NEW.staff_member_id, 1, NEW.total_bookings >= 1, NEW.total_bookings >= 2,
            NEW.total_bookings >= 5, NEW.rating_sum, NEW.rating_count);
--rollback DROP TRIGGER trg_sc_totals_insert;

--changeset clientele:0029-staff-customer-totals-on-update splitStatements:false
-- Most updates (another booking with the same member, the search key) change no total and add no row.
CREATE TRIGGER trg_sc_totals_update AFTER UPDATE ON staff_customer FOR EACH ROW
BEGIN
    IF (NEW.total_bookings >= 1) <> (OLD.total_bookings >= 1) OR (NEW.total_bookings >= 2) <> (OLD.total_bookings >= 2)
            OR (NEW.total_bookings >= 5) <> (OLD.total_bookings >= 5) OR NEW.rating_sum <> OLD.rating_sum
            OR NEW.rating_count <> OLD.rating_count THEN
        INSERT INTO staff_customer_totals (provider_id, staff_member_id, customers, booked, returned, regular,
                rating_sum, rating_count)
        VALUES (NEW.provider_id, NEW.staff_member_id, 0, (NEW.total_bookings >= 1) - (OLD.total_bookings >= 1),
                (NEW.total_bookings >= 2) - (OLD.total_bookings >= 2), (NEW.total_bookings >= 5) - (OLD.total_bookings >= 5),
                NEW.rating_sum - OLD.rating_sum, NEW.rating_count - OLD.rating_count);
    END IF;
END
--rollback DROP TRIGGER trg_sc_totals_update;

--changeset clientele:0029-staff-customer-totals-on-delete splitStatements:false
CREATE TRIGGER trg_sc_totals_delete AFTER DELETE ON staff_customer FOR EACH ROW
    INSERT INTO staff_customer_totals (provider_id, staff_member_id, customers, booked, returned, regular, rating_sum,
            rating_count)
    VALUES (OLD.provider_id, OLD.staff_member_id, -1, -(OLD.total_bookings >= 1), -(OLD.total_bookings >= 2),
            -(OLD.total_bookings >= 5), -OLD.rating_sum, -OLD.rating_count);
--rollback DROP TRIGGER trg_sc_totals_delete;
