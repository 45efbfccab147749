--liquibase formatted sql

--changeset clientele:0015-provider-account-language
-- The language each member reads the product in (SPEC §16): an ISO 639-1 code, e.g. 'de'; NULL
-- means the browser's language.
ALTER TABLE account ADD COLUMN language VARCHAR(8) NULL;
