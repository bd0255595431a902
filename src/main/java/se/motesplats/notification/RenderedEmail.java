package se.motesplats.notification;

/** An e-mail ready to send, as plain text and as HTML. */
record RenderedEmail(String recipient, String subject, String text, String html) {
}
