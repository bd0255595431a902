package se.motesplats.security;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.motesplats.notification.PhoneNumbers;

/**
 * What a person types to join or sign in: an e-mail address or a mobile number, told apart by the
 * '@'. Exactly one of the two is set; the number is in E.164.
 *
 * <p>The one e-mail address rule of the portal ({@link #emailAddress}), used wherever an address is
 * typed: joining and signing in, an association's contact address, a member added by e-mail. An
 * address is {@code local@domain}: the local part is dot-separated runs of letters (any script),
 * digits and {@code _ + - '}; the domain is two or more dot-separated labels of letters and digits
 * with inner hyphens, at most 63 characters each, the last one starting with a letter; at most 64
 * characters before the '@' and 254 in all. That refuses what no real mailbox needs and what a
 * {@code mailto:} link or a mail header could be made to carry: white space, control and bidi
 * characters, quotes, angle brackets, {@code ? & = % # / : ;} and commas. The code sent to the
 * address remains the real check that it exists.
 */
public record EmailOrPhone(@Nullable String email, @Nullable String phone) {

    private static final String ATOM = "[\\p{L}\\p{M}\\p{N}_+'-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?";
    private static final String LAST_LABEL = "\\p{L}(?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<local>" + ATOM + "(?:\\." + ATOM + ")*)@(?:" + LABEL + "\\.)+" + LAST_LABEL);
    private static final int MOST = 254;
    private static final int MOST_BEFORE_AT = 64;

    /** An e-mail address if it contains '@', otherwise a mobile number; empty if it is neither. */
    public static Optional<EmailOrPhone> parse(String typed) {
        String value = typed.strip();
        if (value.contains("@")) {
            return emailAddress(value).map(email -> new EmailOrPhone(email, null));
        }
        return PhoneNumbers.toE164(value).map(number -> new EmailOrPhone(null, number));
    }

    /** The typed text as an e-mail address (white space around it dropped), if it is one by the rule above. */
    public static Optional<String> emailAddress(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = typed.strip();
        if (value.length() > MOST) {
            return Optional.empty();
        }
        var address = EMAIL.matcher(value);
        return address.matches() && address.group("local").length() <= MOST_BEFORE_AT ? Optional.of(value) : Optional.empty();
    }

    public boolean isPhone() {
        return phone != null;
    }
}
