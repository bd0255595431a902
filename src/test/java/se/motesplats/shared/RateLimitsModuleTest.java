package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

class RateLimitsModuleTest extends ModuleTestBase {

    private static final RateLimits.Limit THREE_A_MINUTE = new RateLimits.Limit("test-limit", 3, Duration.ofMinutes(1));

    @Autowired RateLimits limits;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void attemptsBeyondTheLimitAreRefusedUntilTheNextWindow() {
        String subject = "amal-" + UUID.randomUUID() + "@motesplats.test";
        clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));
        for (int i = 0; i < 3; i++) {
            limits.count(THREE_A_MINUTE, subject);
        }
        assertThatThrownBy(() -> limits.count(THREE_A_MINUTE, subject)).isInstanceOf(RuleViolation.class)
                .hasMessage("shared.rule.too-many");
        assertThat(limits.tryCount(THREE_A_MINUTE, "someone-else-" + UUID.randomUUID())).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.tryCount(THREE_A_MINUTE, subject)).isTrue();
    }

    @Test
    void subjectsAreStoredOnlyAsHashes() {
        String subject = "hodan-" + UUID.randomUUID() + "@motesplats.test";
        limits.tryCount(THREE_A_MINUTE, subject);
        assertThat(jdbc.sql("select count(*) from rate_limit where subject_hash like :part").param("part", "%hodan%")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from rate_limit where action = 'test-limit'").query(Integer.class).single()).isPositive();
    }
}
