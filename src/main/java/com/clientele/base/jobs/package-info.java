/**
 * One run of each scheduled job across all servers (SPEC §15): ShedLock's lock rows in MariaDB (table
 * {@code shedlock}, changeset 0028). A job's {@code @Scheduled} method also carries
 * {@code @SchedulerLock}; an instance that finds the lock taken skips that run. See docs/operations.md.
 */
@NullMarked
package com.clientele.base.jobs;

import org.jspecify.annotations.NullMarked;
