--liquibase formatted sql

--changeset clientele:0001-account
CREATE TABLE account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role VARCHAR(16) NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    failed_logins INT NOT NULL DEFAULT 0,
    locked_until DATETIME(6) NULL,
    last_login_at DATETIME(6) NULL,
    password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'PROVIDER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-provider
CREATE TABLE provider (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    business_name VARCHAR(200) NOT NULL,
    time_zone VARCHAR(64) NOT NULL,
    currency CHAR(3) NOT NULL,
    -- region for reading phone numbers written without a country code
    country CHAR(2) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_provider_account UNIQUE (account_id),
    CONSTRAINT fk_provider_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_provider_name (business_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-customer
-- A person who books; shared by the providers they book with. What each provider knows of them
-- (name, contact data as entered) lives on provider_customer.
CREATE TABLE customer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name VARCHAR(200) NOT NULL,
    email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    phone VARCHAR(32) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_customer_email UNIQUE (email),
    INDEX ix_customer_phone (phone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-provider-customer
CREATE TABLE provider_customer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    phone VARCHAR(32) NULL,
    -- name, e-mail and phone digits in one column so one LIKE searches all three
    search_text VARCHAR(600) NOT NULL,
    favorite BOOLEAN NOT NULL DEFAULT FALSE,
    blocked BOOLEAN NOT NULL DEFAULT FALSE,
    blocked_reason VARCHAR(500) NULL,
    blocked_at DATETIME(6) NULL,
    notes TEXT NULL,
    total_bookings INT NOT NULL DEFAULT 0,
    completed_bookings INT NOT NULL DEFAULT 0,
    cancelled_count INT NOT NULL DEFAULT 0,
    no_show_count INT NOT NULL DEFAULT 0,
    total_spent DECIMAL(12, 2) NOT NULL DEFAULT 0,
    first_booking_at DATETIME(6) NULL,
    last_booking_at DATETIME(6) NULL,
    rating_sum INT NOT NULL DEFAULT 0,
    rating_count INT NOT NULL DEFAULT 0,
    average_rating DECIMAL(3, 2) AS (CASE WHEN rating_count > 0 THEN rating_sum / rating_count END) STORED,
    -- SPEC 3: first match wins
    status VARCHAR(10) AS (CASE
        WHEN blocked THEN 'BLOCKED'
        WHEN favorite THEN 'FAVORITE'
        WHEN total_bookings >= 5 THEN 'REGULAR'
        WHEN total_bookings > 1 THEN 'RETURNING'
        ELSE 'NEW' END) STORED,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_provider_customer UNIQUE (provider_id, customer_id),
    CONSTRAINT fk_pc_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_pc_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_pc_figures CHECK (total_bookings >= 0 AND completed_bookings >= 0 AND cancelled_count >= 0
        AND no_show_count >= 0 AND total_spent >= 0 AND rating_sum >= 0 AND rating_count >= 0),
    INDEX ix_pc_last_booking (provider_id, last_booking_at, id),
    INDEX ix_pc_name (provider_id, name, id),
    INDEX ix_pc_bookings (provider_id, total_bookings, id),
    INDEX ix_pc_spent (provider_id, total_spent, id),
    INDEX ix_pc_rating (provider_id, average_rating, id),
    INDEX ix_pc_status (provider_id, status, last_booking_at, id),
    INDEX ix_pc_first_booking (provider_id, first_booking_at),
    INDEX ix_pc_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-booking
CREATE TABLE booking (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    service_name VARCHAR(200) NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    duration_minutes INT NOT NULL,
    price DECIMAL(12, 2) NOT NULL,
    status VARCHAR(10) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_booking_relation FOREIGN KEY (provider_id, customer_id)
        REFERENCES provider_customer (provider_id, customer_id),
    CONSTRAINT fk_booking_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_booking_price CHECK (price >= 0),
    CONSTRAINT ck_booking_duration CHECK (duration_minutes > 0),
    CONSTRAINT ck_booking_status CHECK (status IN ('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    INDEX ix_booking_customer (provider_id, customer_id, starts_at),
    INDEX ix_booking_starts (provider_id, starts_at, id),
    INDEX ix_booking_status (provider_id, status, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-review
CREATE TABLE review (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    booking_id BIGINT NOT NULL,
    provider_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    rating TINYINT NOT NULL,
    comment VARCHAR(2000) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_review_booking UNIQUE (booking_id),
    CONSTRAINT fk_review_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT fk_review_relation FOREIGN KEY (provider_id, customer_id)
        REFERENCES provider_customer (provider_id, customer_id),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5),
    INDEX ix_review_customer (provider_id, customer_id, created_at),
    INDEX ix_review_rating (provider_id, rating)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-activity-event
CREATE TABLE activity_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    customer_id BIGINT NULL,
    type VARCHAR(32) NOT NULL,
    summary VARCHAR(300) NOT NULL,
    actor VARCHAR(254) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_activity_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_activity_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_activity_recent (provider_id, occurred_at, id),
    INDEX ix_activity_customer (provider_id, customer_id, occurred_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-customer-message
CREATE TABLE customer_message (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    recipient_email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    subject VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    status VARCHAR(10) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    failure_reason VARCHAR(500) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6) NULL,
    created_by VARCHAR(254) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_message_relation FOREIGN KEY (provider_id, customer_id)
        REFERENCES provider_customer (provider_id, customer_id),
    CONSTRAINT ck_message_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    INDEX ix_message_customer (provider_id, customer_id, created_at),
    INDEX ix_message_status (status, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-audit-entry
CREATE TABLE audit_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor VARCHAR(254) NOT NULL,
    action VARCHAR(40) NOT NULL,
    target VARCHAR(254) NULL,
    details VARCHAR(1000) NULL,
    remote_address VARCHAR(64) NULL,
    occurred_at DATETIME(6) NOT NULL,
    INDEX ix_audit_time (occurred_at, id),
    INDEX ix_audit_action (action, occurred_at),
    INDEX ix_audit_actor (actor, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset clientele:0001-api-token
CREATE TABLE api_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    token_prefix VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    last_used_at DATETIME(6) NULL,
    revoked_at DATETIME(6) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_api_token_account (account_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
