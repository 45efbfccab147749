package com.clientele.audit;

import org.springframework.data.repository.Repository;

/** Append only: no update or delete method, so nothing in the application can change the trail. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);
}
