package se.motesplats.security;

import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;

/** How to reach a person, for the modules that send them notices; never shown in lists. */
public record Contact(long accountId, String firstName, String email, @Nullable String phone, MessageChannel notifyBy,
        SupportedLanguage language) {
}
