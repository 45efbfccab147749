package com.clientele.provider;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByRoleAndEnabledTrue(Role role);

    boolean existsByRole(Role role);
}
