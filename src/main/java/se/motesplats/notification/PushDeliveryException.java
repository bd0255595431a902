package se.motesplats.notification;

/** A push service refused a message or could not be reached; the notice is tried again later. */
class PushDeliveryException extends RuntimeException {

    PushDeliveryException(String message) {
        super(message);
    }

    PushDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
