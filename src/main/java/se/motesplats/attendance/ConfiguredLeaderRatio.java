package se.motesplats.attendance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One ratio for every activity, from configuration; the NAD scheme's one leader per ten participants by default. */
@Configuration(proxyBeanMethods = false)
class ConfiguredLeaderRatio {

    @Bean
    @ConditionalOnMissingBean(LeaderRatio.class)
    LeaderRatio leaderRatio(@Value("${motesplats.attendance.participants-per-leader:10}") int participantsPerLeader) {
        return activityId -> participantsPerLeader;
    }
}
