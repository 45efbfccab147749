--liquibase formatted sql

--changeset clientele:0008-events-publication-registry
-- Spring Modulith's event publication registry (schema v2 for MariaDB): every event handed to a
-- transactional listener is written here in the publishing transaction and marked complete once
-- the listener has run, so work after a commit survives a stop of the app. Upper case: the
-- registry names the table so, and MariaDB table names are case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NULL,
    last_resubmission_date DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX event_publication_by_completion_date_idx (completion_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
