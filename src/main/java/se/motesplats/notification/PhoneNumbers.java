package se.motesplats.notification;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers as people type them ("070-123 45 67", "+46 70 123 45 67", "0046 70 ...", a number from
 * abroad with its country code) turned into E.164, the form SMS providers want. Numbers without a
 * country code are read as Swedish. Uses Google's libphonenumber, whose metadata knows which numbers
 * exist and which are mobile.
 */
public final class PhoneNumbers {

    /** The region of numbers typed without a country code. */
    public static final String DEFAULT_REGION = "SE";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Types that can receive a text message; some countries do not tell mobile and fixed lines apart. */
    private static final Set<PhoneNumberType> TEXTABLE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 ({@code +46701234567}), or empty if what was typed is not a valid number
     * that can receive SMS (a Swedish landline, for instance, or too few digits).
     */
    public static Optional<String> toE164(String typed) {
        if (typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number) || !TEXTABLE.contains(UTIL.getNumberType(number))) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Whether what was typed is a valid number that can receive SMS. */
    public static boolean isValid(String typed) {
        return toE164(typed).isPresent();
    }
}
