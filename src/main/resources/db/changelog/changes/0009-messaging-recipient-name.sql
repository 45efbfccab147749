--liquibase formatted sql

--changeset clientele:0009-messaging-recipient-name
-- The name a message was addressed to, kept with the message like its e-mail address, so delivery
-- needs nothing from the customer module's tables. Existing messages take the customer's name now.
ALTER TABLE customer_message ADD COLUMN recipient_name VARCHAR(200) NULL AFTER recipient_email;
UPDATE customer_message m
    JOIN provider_customer pc ON pc.provider_id = m.provider_id AND pc.customer_id = m.customer_id
    SET m.recipient_name = pc.name;
