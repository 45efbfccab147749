--liquibase formatted sql

--changeset clientele:0028-shedlock
-- One row per scheduled job (base.jobs.JobLocks, ShedLock's JDBC provider): who holds it and until
-- when, so that with several servers each run of a job happens on one of them.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE shedlock;
