package se.motesplats.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.motesplats.notification.DevelopmentOutbox;

/** What an invited volunteer does first: open the newest invitation e-mail and follow its link. */
public final class InvitationLinks {

    private static final Pattern LINK = Pattern.compile("/invitation/([0-9a-f]{64})");

    private InvitationLinks() {
    }

    /** The token of the newest invitation link sent to the address. */
    public static String tokenSentTo(DevelopmentOutbox outbox, String email) {
        return outbox.latestTo(email).stream()
                .map(message -> LINK.matcher(message.text()))
                .filter(Matcher::find)
                .map(link -> link.group(1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No invitation e-mail to " + email));
    }
}
