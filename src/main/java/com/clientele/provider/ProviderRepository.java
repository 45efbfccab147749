package com.clientele.provider;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByAccountId(long accountId);
}
