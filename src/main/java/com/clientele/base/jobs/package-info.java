/**
 * One run of each scheduled job across all servers (SPEC §15): ShedLock's lock rows in MariaDB (table
 * {@code shedlock}, changeset 0028). A job's {@code @Scheduled} method also carries
 * {@code @SchedulerLock}; an instance that finds the lock taken skips that run. Work that must run on
 * one server at a time but is not scheduled (an import of a provider) holds a
 * {@link com.clientele.base.jobs.ClusterLocks} lock on the same table. See docs/operations.md.
 */
@NamedInterface("jobs")
@NullMarked
package com.clientele.base.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
