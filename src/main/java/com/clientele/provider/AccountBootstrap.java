package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Emails;
import com.clientele.base.jobs.ClusterLocks;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first admin when the platform has none: from {@code APP_ADMIN_EMAIL} and
 * {@code APP_ADMIN_PASSWORD} at start-up, or from the demo data. Does nothing once an admin exists.
 */
@Component
public class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    static final String FIRST_ADMIN_LOCK = "first-admin";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String adminEmail;
    private final String adminPassword;
    private final ClusterLocks clusterLocks;
    private final TransactionTemplate transactions;

    AccountBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock,
            BootstrapAdminSettings settings, ClusterLocks clusterLocks, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.clusterLocks = clusterLocks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.adminEmail = settings.emailOrBlank();
        this.adminPassword = settings.passwordOrBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminEmail.isBlank()) {
            createFirstAdmin(adminEmail, adminPassword);
        } else if (!accounts.existsByRole(Role.ADMIN)) {
            log.warn("There is no admin account. Set APP_ADMIN_EMAIL and APP_ADMIN_PASSWORD to create one.");
        }
    }

    /** Whether any admin account exists. */
    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    /**
     * Creates the admin unless one exists. Servers starting together on an empty database take a lock
     * first ({@link ClusterLocks}, held until the commit), so one of them creates it and the others
     * find it or leave it to the one holding the lock.
     *
     * @return true when the admin was created, false when an admin already existed or another server is
     *         creating it
     */
    public boolean createFirstAdmin(String email, String password) {
        Optional<ClusterLocks.Held> lock = clusterLocks.tryLock(FIRST_ADMIN_LOCK);
        if (lock.isEmpty()) {
            log.info("Another server is creating the first admin");
            return false;
        }
        try (ClusterLocks.Held held = lock.get()) {
            return Boolean.TRUE.equals(transactions.execute(status -> create(email, password)));
        }
    }

    private boolean create(String email, String password) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return false;
        }
        String normalised = Emails.normalise(email);
        if (!Emails.isValid(normalised)) {
            throw new IllegalStateException("APP_ADMIN_EMAIL is not a valid e-mail address");
        }
        Passwords.problem(password, normalised).ifPresent(problem -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD breaks the password rules (" + problem.key() + "): "
                    + Passwords.RULES + ", not the e-mail address");
        });
        accounts.save(new Account(normalised, passwordEncoder.encode(password), Role.ADMIN, clock.instant()));
        auditLog.record("system", AuditAction.ADMIN_BOOTSTRAPPED, normalised, "First admin created");
        log.info("Created the first admin account {}", normalised);
        return true;
    }
}
