package se.motesplats.i18n;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** A {@link MachineTranslator} exists only when its address is set; without one no view offers machine drafts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MachineTranslationProperties.class)
class MachineTranslationConfiguration {

    @Bean
    @Conditional(AddressSet.class)
    MachineTranslator machineTranslator(MachineTranslationProperties properties) {
        return new LibreTranslateClient(properties);
    }

    /** Unlike {@code @ConditionalOnProperty}, an empty value (an unset environment variable) means off. */
    static class AddressSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("motesplats.machine-translation.url"));
        }
    }
}
