package se.motesplats.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or malformed privacy key at start-up into one sentence and what to do. */
class ContactKeyFailureAnalyzer extends AbstractFailureAnalyzer<ContactCipher.MissingContactKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContactCipher.MissingContactKeyException cause) {
        String variable = cause.property().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        return new FailureAnalysis(
                "Mötesplats will not start without its key for people's contact details: " + cause.getMessage() + ".",
                "Set " + variable + " to a base64 key of 32 random bytes (openssl rand -base64 32), keep it in "
                        + "the secret store, and use the same key on every node and for every restart; see docs/privacy.md.",
                rootFailure);
    }
}
