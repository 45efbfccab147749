--liquibase formatted sql

--changeset clientele:0004-messaging-delivery
-- When the next delivery attempt of a queued message is due: NULL = as soon as e-mail is set up.
-- A worker that takes a message pushes it into the future first, so two workers never send it twice.
ALTER TABLE customer_message
    ADD COLUMN next_attempt_at DATETIME(6) NULL,
    ADD INDEX ix_message_due (status, next_attempt_at);
