--liquibase formatted sql

--changeset clientele:0019-provider-team-member
-- The members of a business (SPEC §10): each sign-in account of a provider has one role in it.
-- A removed member keeps its row (bookings and the timeline still name it) without an account.
-- Every business that existed before teams becomes a team of one: its account is the owner.
CREATE TABLE member (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    account_id BIGINT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    team_role VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    removed_at DATETIME(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_member_account UNIQUE (account_id),
    CONSTRAINT uq_member_provider_id UNIQUE (provider_id, id),
    CONSTRAINT fk_member_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_member_role CHECK (team_role IN ('OWNER', 'MANAGER', 'STAFF', 'FRONT_DESK')),
    INDEX ix_member_provider_role (provider_id, team_role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO member (provider_id, account_id, name, email, team_role, created_at)
SELECT p.id, a.id, p.business_name, a.email, 'OWNER', p.created_at
FROM provider p JOIN account a ON a.id = p.account_id;
--rollback DROP TABLE member;

--changeset clientele:0019-provider-team-invitation
-- An invitation to join a business, sent by e-mail: the link works once, until expires_at (7 days),
-- unless revoked. Only the SHA-256 of the link's token is stored. A resend replaces the token.
CREATE TABLE member_invitation (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name VARCHAR(200) NOT NULL,
    team_role VARCHAR(16) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    invited_by BIGINT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    accepted_at DATETIME(6) NULL,
    revoked_at DATETIME(6) NULL,
    member_id BIGINT NULL,
    CONSTRAINT uq_member_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_member_invitation_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_member_invitation_by FOREIGN KEY (invited_by) REFERENCES member (id),
    CONSTRAINT fk_member_invitation_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_member_invitation_role CHECK (team_role IN ('OWNER', 'MANAGER', 'STAFF', 'FRONT_DESK')),
    INDEX ix_member_invitation_provider (provider_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE member_invitation;

--changeset clientele:0019-booking-staff-member
-- The member who serves a booking (optional), of the booking's own business: the composite key
-- makes a booking naming another business's member impossible. The index answers a staff member's
-- "own customers" (those with a booking assigned to them) for the customer list's EXISTS.
ALTER TABLE booking ADD COLUMN staff_member_id BIGINT NULL,
    ADD INDEX ix_booking_staff (provider_id, staff_member_id, customer_id),
    ADD CONSTRAINT fk_booking_staff_member FOREIGN KEY (provider_id, staff_member_id)
        REFERENCES member (provider_id, id);
--rollback ALTER TABLE booking DROP FOREIGN KEY fk_booking_staff_member, DROP INDEX ix_booking_staff, DROP COLUMN staff_member_id;
