package se.motesplats.security;

import org.jspecify.annotations.Nullable;
import se.motesplats.notification.MessageChannel;

/** A person's own name and contact details as their profile page shows them to them. */
public record MyContact(String firstName, @Nullable String email, @Nullable String phone, MessageChannel notifyBy, boolean smsStopped) {
}
