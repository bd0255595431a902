package se.motesplats.i18n;

/** The machine translation service could not give a translation now; the message says why, for the log. */
public class MachineTranslationUnavailable extends RuntimeException {

    public MachineTranslationUnavailable(String message) {
        super(message);
    }

    public MachineTranslationUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
