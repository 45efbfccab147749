--liquibase formatted sql

--changeset clientele:0004-booking-import-key
-- A booking brought in from a CSV file carries a key derived from the file's row (its own reference
-- when the file has one, else customer + start + service), so importing the same file again finds
-- it instead of creating it twice. Bookings made in the app have none (NULLs do not clash).
ALTER TABLE booking
    ADD COLUMN import_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD CONSTRAINT uk_booking_import_key UNIQUE (provider_id, import_key);
