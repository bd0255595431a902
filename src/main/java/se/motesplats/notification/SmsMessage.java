package se.motesplats.notification;

import java.util.Map;
import java.util.regex.Pattern;
import se.motesplats.i18n.SupportedLanguage;

/**
 * A text message to write from a template in the recipient's language. The recipient is a phone number
 * in E.164 ({@code +46701234567}; {@link PhoneNumbers} makes one from what a person typed); the template
 * is the whole translation key, for example {@code signup.sms.reminder}.
 */
public record SmsMessage(String recipient, SupportedLanguage language, String template, Map<String, Object> arguments) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    public SmsMessage {
        if (!E164.matcher(recipient).matches()) {
            // the number itself stays out of the message: exceptions end up in logs
            throw new IllegalArgumentException("The recipient of an SMS must be a phone number in E.164");
        }
    }
}
