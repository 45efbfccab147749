--liquibase formatted sql

--changeset clientele:0016-provider-password-reset
-- The link of a forgotten-password e-mail. One row per account at most: a new request replaces the
-- account's earlier row, so an older link stops working. Only the SHA-256 of the link's token is
-- stored; the token itself exists in the e-mail alone. A row is used up by one UPDATE that sets
-- used_at while it is NULL and expires_at is still ahead.
CREATE TABLE password_reset (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    token_hash CHAR(64) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6) NULL,
    CONSTRAINT uq_password_reset_account UNIQUE (account_id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE password_reset;
