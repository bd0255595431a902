package se.motesplats.notification;

import java.util.Map;
import se.motesplats.i18n.SupportedLanguage;

/**
 * A notice for one push device ({@code push:<id>}): titled with {@code template.subject}, said with
 * {@code template.push} or {@code template.sms}.
 */
record PushMessage(String device, SupportedLanguage language, String template, Map<String, Object> arguments) {
}
