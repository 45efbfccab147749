--liquibase formatted sql

--changeset clientele:0021-team-bookings-member-reference-view
-- The provider module's published face in SQL for members: who serves a booking, for the bookings
-- list and a customer's booking history, which show and sort by the member's name in one paged
-- statement. Other modules may name this view, never the table behind it. A plain view: MariaDB
-- merges it into the query, so member's primary key still serves the join.
CREATE SQL SECURITY INVOKER VIEW member_reference AS
SELECT id AS member_id, provider_id, name
FROM member;
--rollback DROP VIEW member_reference;
