--liquibase formatted sql

--changeset clientele:0022-team-scope-served-customer-view
-- The booking module's published face for "own customers" (SPEC §10): which member served which
-- customer, one row per assigned booking. Other modules name this view in their EXISTS over a
-- staff member's customers (base.Sql.servedBy), never the booking table. A plain view: MariaDB
-- merges it into the query, so the probe is one lookup in ix_booking_staff.
CREATE SQL SECURITY INVOKER VIEW served_customer AS
SELECT provider_id, staff_member_id, customer_id
FROM booking
WHERE staff_member_id IS NOT NULL;
--rollback DROP VIEW served_customer;
