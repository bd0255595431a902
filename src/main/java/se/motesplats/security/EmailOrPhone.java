package se.motesplats.security;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.motesplats.notification.PhoneNumbers;

/**
 * What a person types to join or sign in: an e-mail address or a mobile number, told apart by the
 * '@'. Exactly one of the two is set; the number is in E.164.
 */
public record EmailOrPhone(@Nullable String email, @Nullable String phone) {

    /** Loose on purpose: the code sent to the address is the real check. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** An e-mail address if it contains '@', otherwise a mobile number; empty if it is neither. */
    public static Optional<EmailOrPhone> parse(String typed) {
        String value = typed.strip();
        if (value.contains("@")) {
            return EMAIL.matcher(value).matches() && value.length() <= 254
                    ? Optional.of(new EmailOrPhone(value, null)) : Optional.empty();
        }
        return PhoneNumbers.toE164(value).map(number -> new EmailOrPhone(null, number));
    }

    public boolean isPhone() {
        return phone != null;
    }
}
