package se.motesplats.notification;

/** How a message reaches a person. */
public enum MessageChannel {
    EMAIL,
    SMS
}
