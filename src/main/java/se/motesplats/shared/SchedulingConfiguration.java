package se.motesplats.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (@Scheduled). Jobs that are harmless when several app nodes run them at once
 * (idempotent updates) run everywhere; jobs that must run once carry {@code @SchedulerLock}, a row
 * in the {@code shedlock} table, with the database's clock so that nodes' clocks need not agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    /**
     * Tests switch the timers off ({@code motesplats.scheduling.enabled=false}) and run jobs
     * themselves: a job started by a timer would race their assertions, and one cut off when a
     * test's second app node stops would hold its lock for ten minutes.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "motesplats.scheduling.enabled", matchIfMissing = true)
    static class Timers {
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
