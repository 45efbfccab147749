--liquibase formatted sql

--changeset clientele:0024-provider-business-enabled
-- An admin disables a whole business (SPEC §10), not one account: sign-in and API tokens of every
-- member are refused while the business is disabled. A flag on the business, not on each account,
-- so that enabling it gives each member back exactly the state they had (a member their owner
-- disabled stays disabled). Before teams an admin's disable cleared the first owner's account flag;
-- those businesses become disabled businesses and their owner's account flag is set back, so that
-- enabling the business lets the owner in again as it did before.
ALTER TABLE provider ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE provider p JOIN account a ON a.id = p.account_id SET p.enabled = FALSE, a.enabled = TRUE
WHERE NOT a.enabled;
--rollback UPDATE account a JOIN provider p ON p.account_id = a.id SET a.enabled = FALSE WHERE NOT p.enabled;
--rollback ALTER TABLE provider DROP COLUMN enabled;
