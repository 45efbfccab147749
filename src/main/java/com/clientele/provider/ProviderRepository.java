package com.clientele.provider;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByAccountId(long accountId);

    /** The business, locked until the transaction ends, so admin actions on it run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Provider p where p.id = :id")
    Optional<Provider> findForUpdate(long id);
}
