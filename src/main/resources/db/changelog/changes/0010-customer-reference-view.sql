--liquibase formatted sql

--changeset clientele:0010-customer-reference-view
-- The customer module's published face in SQL: who a provider's customer is, for modules above it
-- that list their own rows by customer (the bookings list sorts and filters by the customer's name
-- and search key in one paged statement). Other modules may name this view, never the tables
-- behind it. A plain view: MariaDB merges it into the query, so the relation's indexes still serve.
CREATE SQL SECURITY INVOKER VIEW customer_reference AS
SELECT id AS relation_id, provider_id, customer_id, name, email, search_key
FROM provider_customer;
