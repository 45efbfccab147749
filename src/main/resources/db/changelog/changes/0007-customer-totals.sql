--liquibase formatted sql

--changeset clientele:0007-customer-totals-table
-- The provider-wide sums behind the customer stats (SPEC 3), kept as they change instead of added
-- up over every relation on each read (a busy provider's 50,000 relations took 15-25 ms). Rows are
-- changes (deltas) appended by the triggers below in the writer's transaction, so concurrent
-- writers never wait for one another on a shared row; a provider's totals are the sum of its rows,
-- which customer.CustomerTotals folds into one row per provider from time to time.
CREATE TABLE provider_customer_totals (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    -- relations, and those with at least one, two and five bookings that are not cancelled
    customers INT NOT NULL,
    booked INT NOT NULL,
    returned INT NOT NULL,
    regular INT NOT NULL,
    rating_sum BIGINT NOT NULL,
    rating_count BIGINT NOT NULL,
    INDEX ix_pct_provider (provider_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular, rating_sum, rating_count)
SELECT provider_id, COUNT(*), SUM(total_bookings >= 1), SUM(total_bookings >= 2), SUM(total_bookings >= 5),
       SUM(rating_sum), SUM(rating_count)
FROM provider_customer GROUP BY provider_id;

--changeset clientele:0007-customer-totals-on-insert splitStatements:false
CREATE TRIGGER trg_pc_totals_insert AFTER INSERT ON provider_customer FOR EACH ROW
    INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular, rating_sum, rating_count)
    VALUES (NEW.provider_id, 1, NEW.total_bookings >= 1, NEW.total_bookings >= 2, NEW.total_bookings >= 5,
            NEW.rating_sum, NEW.rating_count);

--changeset clientele:0007-customer-totals-on-update splitStatements:false
-- Most updates (notes, favourite, another booking of a regular) change no total and add no row.
CREATE TRIGGER trg_pc_totals_update AFTER UPDATE ON provider_customer FOR EACH ROW
BEGIN
    IF (NEW.total_bookings >= 1) <> (OLD.total_bookings >= 1) OR (NEW.total_bookings >= 2) <> (OLD.total_bookings >= 2)
            OR (NEW.total_bookings >= 5) <> (OLD.total_bookings >= 5) OR NEW.rating_sum <> OLD.rating_sum
            OR NEW.rating_count <> OLD.rating_count THEN
        INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular, rating_sum,
                rating_count)
        VALUES (NEW.provider_id, 0, (NEW.total_bookings >= 1) - (OLD.total_bookings >= 1),
                (NEW.total_bookings >= 2) - (OLD.total_bookings >= 2), (NEW.total_bookings >= 5) - (OLD.total_bookings >= 5),
                NEW.rating_sum - OLD.rating_sum, NEW.rating_count - OLD.rating_count);
    END IF;
END

--changeset clientele:0007-customer-totals-on-delete splitStatements:false
CREATE TRIGGER trg_pc_totals_delete AFTER DELETE ON provider_customer FOR EACH ROW
    INSERT INTO provider_customer_totals (provider_id, customers, booked, returned, regular, rating_sum, rating_count)
    VALUES (OLD.provider_id, -1, -(OLD.total_bookings >= 1), -(OLD.total_bookings >= 2), -(OLD.total_bookings >= 5),
            -OLD.rating_sum, -OLD.rating_count);
