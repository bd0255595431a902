package se.motesplats.notification;

/**
 * The SMS provider refused a message or could not be reached. The message was not sent; the caller
 * records that and may try again later. The text never holds the recipient's number.
 */
public class SmsDeliveryException extends RuntimeException {

    SmsDeliveryException(String message) {
        super(message);
    }

    SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
