--liquibase formatted sql

--changeset clientele:0011-events-mail-first-attempt
-- The first delivery attempt of a message now comes from the event publication registry; the retry
-- poll only takes messages with a planned attempt. Messages queued before this change without one
-- (queued while e-mail was not set up) are planned now, so they still go out once e-mail works.
UPDATE customer_message SET next_attempt_at = created_at WHERE status = 'QUEUED' AND next_attempt_at IS NULL;
