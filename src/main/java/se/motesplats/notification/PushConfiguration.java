package se.motesplats.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the Web Push settings and reads (or, in the demo, makes) the VAPID keys once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
class PushConfiguration {

    @Bean
    PushKeys pushKeys(PushProperties properties) {
        return PushKeys.from(properties);
    }
}
