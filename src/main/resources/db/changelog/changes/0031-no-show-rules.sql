--liquibase formatted sql

--changeset clientele:0031-no-show-rule
-- SPEC 11's rules: "when a customer reaches <threshold> no-shows (or late cancellations, or either)
-- within <within_days> days -> flag | block for <block_days> days | block until lifted", per provider.
-- block_days is 0 for the actions without a duration, so that the unique key finds duplicates.
-- booking.NoShowRules evaluates them in the transaction that records a no-show or a late cancellation.
CREATE TABLE no_show_rule (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    counts VARCHAR(20) NOT NULL,
    threshold INT NOT NULL,
    within_days INT NOT NULL,
    action VARCHAR(10) NOT NULL,
    block_days INT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    CONSTRAINT fk_no_show_rule_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT uq_no_show_rule UNIQUE (provider_id, counts, threshold, within_days, action, block_days),
    CONSTRAINT ck_no_show_rule_counts CHECK (counts IN ('NO_SHOWS', 'LATE_CANCELLATIONS', 'EITHER')),
    CONSTRAINT ck_no_show_rule_action CHECK (action IN ('FLAG', 'BLOCK_FOR', 'BLOCK')),
    CONSTRAINT ck_no_show_rule_threshold CHECK (threshold BETWEEN 1 AND 50),
    CONSTRAINT ck_no_show_rule_days CHECK (within_days BETWEEN 1 AND 730),
    CONSTRAINT ck_no_show_rule_block_days CHECK ((action = 'BLOCK_FOR' AND block_days BETWEEN 1 AND 365)
        OR (action <> 'BLOCK_FOR' AND block_days = 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE no_show_rule;

--changeset clientele:0031-relation-flag-and-exemption
-- A flag a rule raised (shown as a badge, cleared by the provider) and an exemption from the rules
-- with its reason (null: not exempt).
ALTER TABLE provider_customer
    ADD COLUMN flagged_reason VARCHAR(500) NULL,
    ADD COLUMN flagged_at DATETIME(6) NULL,
    ADD COLUMN rules_exemption VARCHAR(500) NULL;
--rollback ALTER TABLE provider_customer DROP COLUMN rules_exemption, DROP COLUMN flagged_at, DROP COLUMN flagged_reason;
