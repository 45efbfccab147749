--liquibase formatted sql

--changeset clientele:0012-sec-auth-api-token-addresses
-- The client addresses each API token has been used from: the first use from a new address is
-- recorded in the audit log (API_TOKEN_NEW_ADDRESS), once per token and address.
CREATE TABLE api_token_address (
    token_id BIGINT NOT NULL,
    address VARCHAR(64) NOT NULL,
    first_seen_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_id, address),
    CONSTRAINT fk_api_token_address_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE api_token_address;
