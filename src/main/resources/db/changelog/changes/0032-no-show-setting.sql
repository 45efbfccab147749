--liquibase formatted sql

--changeset clientele:0032-no-show-setting
-- The late-cancellation cut-off belongs to the booking module, which defines and evaluates it, not
-- to the provider row (0030 put it there): a row per business that changed it, none for the
-- default of 24 hours (booking.NoShowRules.DEFAULT_CUTOFF_HOURS).
CREATE TABLE no_show_setting (
    provider_id BIGINT PRIMARY KEY,
    late_cancellation_hours INT NOT NULL,
    CONSTRAINT fk_no_show_setting_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_no_show_setting_cutoff CHECK (late_cancellation_hours BETWEEN 1 AND 336)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO no_show_setting (provider_id, late_cancellation_hours)
SELECT id, late_cancellation_hours FROM provider WHERE late_cancellation_hours <> 24;
ALTER TABLE provider DROP CONSTRAINT ck_provider_late_cancellation, DROP COLUMN late_cancellation_hours;
--rollback ALTER TABLE provider ADD COLUMN late_cancellation_hours INT NOT NULL DEFAULT 24; DROP TABLE no_show_setting;
