package se.motesplats.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the SMS provider's settings; which transport exists is decided on the transports themselves. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FortySixElksProperties.class)
class SmsConfiguration {
}
