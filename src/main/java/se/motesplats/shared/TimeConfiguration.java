package se.motesplats.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of time: code asks this clock, tests replace it, nothing calls {@code now()} without it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Zones.STOCKHOLM);
    }
}
