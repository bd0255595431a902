package se.motesplats.notification;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message to one person, written from {@code template} in {@code translations/}: e-mail uses
 * {@code template.subject} and {@code template.body}, SMS {@code template.sms}. A notice with a
 * {@code onceKey} is queued at most once, however often it is asked for.
 */
public record Notice(Recipient recipient, String template, Map<String, Object> arguments, @Nullable String onceKey) {

    public Notice {
        arguments = Map.copyOf(arguments);
    }
}
