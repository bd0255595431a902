package se.motesplats.attendance;

import se.motesplats.i18n.SupportedLanguage;

/**
 * A walk-in who wants an account: the e-mail address or mobile number they gave at the door, the
 * language their messages are to come in, and the consent the leader ticked after showing them the
 * text (its version and the language it was shown in).
 */
public record WalkInRegistration(String emailOrPhone, SupportedLanguage language, String consentVersion,
        SupportedLanguage consentShownIn) {
}
