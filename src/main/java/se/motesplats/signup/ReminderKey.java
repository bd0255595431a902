package se.motesplats.signup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The once-key of a reminder: which lead time, sign-up and meeting. It makes a reminder go out
 * once, and lets an SMS reply be matched to the meeting it answers.
 */
record ReminderKey(String leadTime, long signupId, long occurrenceId) {

    static final String PREFIX = "reminder:";
    private static final Pattern FORMAT = Pattern.compile("reminder:([A-Z0-9]+):(\\d+):(\\d+)");

    String format() {
        return PREFIX + leadTime + ":" + signupId + ":" + occurrenceId;
    }

    static Optional<ReminderKey> parse(String key) {
        Matcher matcher = FORMAT.matcher(key);
        return matcher.matches()
                ? Optional.of(new ReminderKey(matcher.group(1), Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3))))
                : Optional.empty();
    }
}
