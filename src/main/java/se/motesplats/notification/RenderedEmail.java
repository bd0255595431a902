package se.motesplats.notification;

import org.jspecify.annotations.Nullable;

/** An e-mail ready to send; {@code oneClickUnsubscribe} is the RFC 8058 address mail programs may post to. */
record RenderedEmail(String recipient, String subject, String text, String html, @Nullable String oneClickUnsubscribe) {

    RenderedEmail(String recipient, String subject, String text, String html) {
        this(recipient, subject, text, html, null);
    }
}
