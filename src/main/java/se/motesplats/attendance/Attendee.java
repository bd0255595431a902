package se.motesplats.attendance;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who was at a meeting, as a key that a leader's phone can make up offline: a person with an
 * account ({@code p17}), the n-th companion on a sign-up ({@code c42.1}) or a walk-in who gave only
 * a first name ({@code w} and a UUID the phone generated). Attendance past its retention period has
 * random keys starting with {@code x} ({@code AttendanceRetention}), which lead to no one.
 */
public record Attendee(String key) {

    private static final Pattern FORM = Pattern.compile(
            "p([1-9][0-9]{0,17})|c([1-9][0-9]{0,17})\\.([0-9])|w([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    public static Attendee person(long accountId) {
        return new Attendee("p" + accountId);
    }

    public static Attendee companion(long signupId, int index) {
        return new Attendee("c" + signupId + "." + index);
    }

    public static Attendee walkIn(UUID id) {
        return new Attendee("w" + id);
    }

    public static Optional<Attendee> parse(@Nullable String key) {
        return key != null && FORM.matcher(key).matches() ? Optional.of(new Attendee(key)) : Optional.empty();
    }

    /** The account of a person, empty for companions and walk-ins. */
    public @Nullable Long accountId() {
        Matcher matcher = FORM.matcher(key);
        return matcher.matches() && matcher.group(1) != null ? Long.valueOf(matcher.group(1)) : null;
    }

    /** The sign-up of a companion, empty for people and walk-ins. */
    public @Nullable Long signupId() {
        Matcher matcher = FORM.matcher(key);
        return matcher.matches() && matcher.group(2) != null ? Long.valueOf(matcher.group(2)) : null;
    }

    public boolean isWalkIn() {
        return key.startsWith("w");
    }
}
