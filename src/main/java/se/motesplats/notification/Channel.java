package se.motesplats.notification;

/** How a person is reached. */
public enum Channel {
    EMAIL, SMS
}
