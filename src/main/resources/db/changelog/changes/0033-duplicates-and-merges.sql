--liquibase formatted sql

--changeset clientele:0033-merged-relation
-- A relation merged into another (SPEC 12), kept while the merge can be undone and after: the REST
-- API answers the old id with 404 and a merged_into hint, and customer.CustomerDirectory books the
-- merged-away person (found by their e-mail, or without one by the phone they had) onto the survivor
-- instead of making the duplicate again. An undo deletes the row.
CREATE TABLE merged_relation (
    relation_id BIGINT NOT NULL PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    into_relation_id BIGINT NOT NULL,
    into_customer_id BIGINT NOT NULL,
    phone VARCHAR(32) NULL,
    merged_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_merged_relation_customer UNIQUE (provider_id, customer_id),
    CONSTRAINT fk_merged_relation_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    INDEX ix_merged_relation_into (provider_id, into_customer_id),
    INDEX ix_merged_relation_phone (provider_id, phone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE merged_relation;

--changeset clientele:0033-duplicate-subject
-- What merge.DuplicateFinder compares, one row per relation: the name and e-mail as entered (shown
-- on the duplicates page), the folded name, the e-mail as the
-- duplicate check reads it (lower case, without +tag, Gmail without dots), its domain, the E.164
-- phone and its last six digits. Kept by the finder when relations are created, merged or restored.
CREATE TABLE duplicate_subject (
    relation_id BIGINT NOT NULL PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    name_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    email_key VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    email_domain VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    phone VARCHAR(32) NULL,
    phone_suffix CHAR(6) NULL,
    INDEX ix_ds_email (provider_id, email_key),
    INDEX ix_ds_phone (provider_id, phone),
    INDEX ix_ds_domain (provider_id, email_domain, name_key),
    INDEX ix_ds_suffix (provider_id, phone_suffix)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duplicate_subject;

--changeset clientele:0033-duplicate-pair
-- Two relations of one provider that may be the same person, with a score (0-100) and the reasons
-- (codes of merge.MatchReason, comma separated). first_id < second_id. A dismissed pair keeps its
-- row so that it stays hidden when the finder meets the two again.
CREATE TABLE duplicate_pair (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    first_id BIGINT NOT NULL,
    second_id BIGINT NOT NULL,
    score TINYINT NOT NULL,
    reasons VARCHAR(100) NOT NULL,
    found_at DATETIME(6) NOT NULL,
    dismissed BOOLEAN NOT NULL DEFAULT FALSE,
    dismissed_at DATETIME(6) NULL,
    dismissed_by VARCHAR(254) NULL,
    CONSTRAINT uq_duplicate_pair UNIQUE (provider_id, first_id, second_id),
    CONSTRAINT ck_duplicate_pair_order CHECK (first_id < second_id),
    INDEX ix_dp_score (provider_id, dismissed, score, id),
    INDEX ix_dp_found (provider_id, dismissed, found_at, id),
    INDEX ix_dp_second (provider_id, second_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duplicate_pair;

--changeset clientele:0033-duplicate-scan
-- Businesses whose existing customers merge.DuplicateScan has compared once; customers added later
-- are compared as they come.
CREATE TABLE duplicate_scan (
    provider_id BIGINT NOT NULL PRIMARY KEY,
    scanned_at DATETIME(6) NOT NULL,
    relations INT NOT NULL,
    pairs INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duplicate_scan;

--changeset clientele:0033-customer-merge
-- One merge (SPEC 12): both relation rows as they were (every stored column, JSON), the survivor as
-- the merge left it (so that an undo restores only what nobody changed since), and who and when.
CREATE TABLE customer_merge (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT NOT NULL,
    survivor_id BIGINT NOT NULL,
    merged_id BIGINT NOT NULL,
    survivor_name VARCHAR(200) NOT NULL,
    merged_name VARCHAR(200) NOT NULL,
    survivor_before LONGTEXT NOT NULL,
    survivor_after LONGTEXT NOT NULL,
    merged_before LONGTEXT NOT NULL,
    merged_at DATETIME(6) NOT NULL,
    merged_by VARCHAR(254) NOT NULL,
    undo_until DATETIME(6) NOT NULL,
    undone_at DATETIME(6) NULL,
    undone_by VARCHAR(254) NULL,
    CONSTRAINT fk_customer_merge_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    INDEX ix_cm_recent (provider_id, merged_at, id),
    INDEX ix_cm_merged (provider_id, merged_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE customer_merge;

--changeset clientele:0033-customer-merge-row
-- The rows a merge moved from the merged-away customer to the survivor, by kind (booking, review,
-- message, activity, ...): an undo moves exactly these back.
CREATE TABLE customer_merge_row (
    merge_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    row_id BIGINT NOT NULL,
    PRIMARY KEY (merge_id, kind, row_id),
    CONSTRAINT fk_customer_merge_row_merge FOREIGN KEY (merge_id) REFERENCES customer_merge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE customer_merge_row;
