package se.motesplats.notification;

/** A text message ready to send: the recipient in E.164 and the text in their language. */
record RenderedSms(String recipient, String text) {
}
