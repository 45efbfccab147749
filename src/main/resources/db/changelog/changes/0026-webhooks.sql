--liquibase formatted sql

--changeset clientele:0026-webhooks-endpoint
-- A business's webhook endpoints (SPEC §15). The signing secret is stored as it is, not hashed:
-- every delivery is signed with it, so the application must be able to read it.
-- event_types: the subscribed types' codes, comma-separated ("booking.created,review.created").
CREATE TABLE webhook_endpoint (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    url VARCHAR(2000) NOT NULL,
    description VARCHAR(200) NULL,
    event_types VARCHAR(500) NOT NULL,
    secret VARCHAR(100) NOT NULL,
    enabled BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    disabled_at DATETIME(6) NULL,
    last_attempt_at DATETIME(6) NULL,
    last_attempt_ok BOOLEAN NULL,
    CONSTRAINT fk_webhook_endpoint_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    INDEX ix_webhook_endpoint_provider (provider_id, enabled)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE webhook_endpoint;

--changeset clientele:0026-webhooks-delivery
-- One event for one endpoint: the body is built when the event is recorded and sent as it is on every
-- attempt. status PENDING (next_attempt_at says when), DELIVERED or FAILED. claimed_at: a sender took
-- it at that time; a claim older than the lease belongs to a sender that died and is taken again.
-- next_attempt_at is NULL while the endpoint is disabled. event_id is derived from the event, so a
-- listener run twice for one event adds no second row (the unique key).
CREATE TABLE webhook_delivery (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    endpoint_id BIGINT NOT NULL,
    event_id VARCHAR(40) NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    body MEDIUMTEXT NOT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    first_attempt_at DATETIME(6) NULL,
    next_attempt_at DATETIME(6) NULL,
    claimed_at DATETIME(6) NULL,
    last_attempt_at DATETIME(6) NULL,
    last_status_code INT NULL,
    last_error VARCHAR(500) NULL,
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id)
        ON DELETE CASCADE,
    CONSTRAINT uq_webhook_delivery_event UNIQUE (endpoint_id, event_id),
    CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    INDEX ix_webhook_delivery_due (status, next_attempt_at),
    INDEX ix_webhook_delivery_endpoint (endpoint_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE webhook_delivery;

--changeset clientele:0026-webhooks-attempt
-- Every attempt of a delivery: the receiver's status code, or the error when there was no answer.
CREATE TABLE webhook_attempt (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id BIGINT NOT NULL,
    endpoint_id BIGINT NOT NULL,
    attempt INT NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    duration_ms BIGINT NOT NULL,
    status_code INT NULL,
    error VARCHAR(500) NULL,
    succeeded BOOLEAN NOT NULL,
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id)
        ON DELETE CASCADE,
    INDEX ix_webhook_attempt_endpoint (endpoint_id, succeeded, attempted_at),
    INDEX ix_webhook_attempt_delivery (delivery_id, attempt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE webhook_attempt;
