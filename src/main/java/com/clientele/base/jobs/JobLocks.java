package com.clientele.base.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock every scheduled job takes before it runs, so that with several servers each run happens on
 * one of them. The lock's times come from the database's clock, not each server's, so servers whose
 * clocks differ still agree. A job holds its lock at least for its own period ({@code lockAtLeastFor}
 * on each job): an instance whose schedule is a few seconds behind another's then finds it taken and
 * skips, instead of running the job a second time in that period. A server that dies holding a lock
 * releases it after {@code lockAtMostFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobLocks {

    /** The table {@code shedlock}: one row per job, named like {@code customer-totals.fold}. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
