--liquibase formatted sql

--changeset clientele:0018-activity-summary-key
-- Activity summaries read in each member's language (SPEC §16): an event stores its summary as a
-- key of the activity bundle with its arguments as JSON (texts, counts, instants), put into words
-- when read, in the reader's locale and the provider's time zone. The summary column keeps the
-- English text, which the REST API shows. Rows written before have no key and show their stored
-- text, and so do summaries that are a member's own words (a block reason, a message's subject).
ALTER TABLE activity_event
    ADD COLUMN summary_key VARCHAR(100) NULL AFTER summary,
    ADD COLUMN summary_args TEXT NULL AFTER summary_key;
