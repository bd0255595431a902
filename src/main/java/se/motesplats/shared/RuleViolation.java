package se.motesplats.shared;

/**
 * A business rule refused what someone tried to do. Carries the translation key of the sentence
 * that tells the person why, so that views show it in their language instead of an error page.
 */
public class RuleViolation extends RuntimeException {

    private final String translationKey;

    public RuleViolation(String translationKey) {
        super(translationKey);
        this.translationKey = translationKey;
    }

    public String translationKey() {
        return translationKey;
    }
}
