--liquibase formatted sql

--changeset clientele:0018-messaging-language
-- The language of the fixed texts around a message (who sent it, where a reply goes): the sending
-- member's when they wrote it, kept with the message so a retry hours later sends the same words.
-- Messages written before this change get English.
ALTER TABLE customer_message ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en' AFTER body;
--rollback ALTER TABLE customer_message DROP COLUMN language;
