--liquibase formatted sql

--changeset clientele:0017-activity-recent-feed
-- An import writes one event for the file into the provider's recent activity and one into each
-- customer's own timeline; those stay out of the recent activity (in_recent = FALSE), so that an
-- import of thousands of customers reads as one line there instead of filling it. The recent
-- activity reads ix_activity_recent backwards and stops after its twenty rows, however many
-- timeline-only rows an import wrote.
ALTER TABLE activity_event
    ADD COLUMN in_recent BOOLEAN NOT NULL DEFAULT TRUE AFTER summary,
    DROP INDEX ix_activity_recent,
    ADD INDEX ix_activity_recent (provider_id, in_recent, occurred_at, id);
