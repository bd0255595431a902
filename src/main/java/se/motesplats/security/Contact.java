package se.motesplats.security;

import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;

/**
 * How to reach a person, for the modules that send them notices; never shown in lists. No e-mail for
 * people who joined with a mobile number, no phone for people without one or who answered STOP.
 */
public record Contact(long accountId, String firstName, @Nullable String email, @Nullable String phone, MessageChannel notifyBy,
        SupportedLanguage language) {
}
