package se.motesplats.notification;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message to one person, written from {@code template} in {@code translations/}: e-mail uses
 * {@code template.subject} and {@code template.body}, SMS {@code template.sms}, push the subject as
 * title and the SMS text as body. A notice with a
 * {@code onceKey} is queued at most once, however often it is asked for. Text messages about an
 * organisation's activity count against that organisation's monthly SMS cap; past it, the notice
 * goes by e-mail if the person has an address.
 */
public record Notice(Recipient recipient, String template, Map<String, Object> arguments, @Nullable String onceKey,
        @Nullable Long payingOrganisationId) {

    public Notice {
        arguments = Map.copyOf(arguments);
    }
}
