package se.motesplats.notification;

/** How a message reaches a person; {@code PUSH} reaches every device on which they turned notifications on. */
public enum MessageChannel {
    EMAIL,
    SMS,
    PUSH
}
