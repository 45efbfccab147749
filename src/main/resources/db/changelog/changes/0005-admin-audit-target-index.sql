--liquibase formatted sql

--changeset clientele:0005-audit-target-index
-- The audit log view filters by target (the account acted on), newest first.
CREATE INDEX ix_audit_target ON audit_entry (target, occurred_at);
--rollback DROP INDEX ix_audit_target ON audit_entry;
