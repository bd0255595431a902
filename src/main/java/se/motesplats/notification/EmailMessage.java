package se.motesplats.notification;

import java.util.Map;
import se.motesplats.i18n.SupportedLanguage;

/**
 * An e-mail to write from a template in the recipient's language: the translation keys
 * {@code <template>.subject} and {@code <template>.body} (paragraphs separated by blank lines).
 */
public record EmailMessage(String recipient, SupportedLanguage language, String template, Map<String, Object> arguments) {
}
