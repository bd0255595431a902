package se.motesplats.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Fuzz tests of what a phone sends at check-in: scanned QR tokens, typed short codes and attendee keys.
 *
 * <p>In the default test run Jazzer only replays the saved inputs in
 * {@code src/test/resources/se/motesplats/attendance/CheckInTokensFuzzTestInputs/} (files directly in it
 * for every method, files in {@code <method name>/} for that method) plus the empty input. The
 * {@code benchmark} profile sets {@code JAZZER_FUZZ=1} and fuzzes one method per run; how to run it and
 * what to do with a finding: docs/performance.md, "Fuzzing".
 *
 * <p>The {@code byte[]} methods read their input as UTF-8, so their saved inputs are plain text files. The
 * saved inputs of the {@link FuzzedDataProvider} methods are raw bytes that mean what they mean only for the
 * present order of {@code consume} calls; reordering them turns the inputs into other (still valid) cases.
 */
class CheckInTokensFuzzTest {

    /** 32 bytes; the genuine tokens among the saved inputs were made with this key for {@link #NOW}. */
    private static final byte[] KEY = "check-in tokens under the fuzzer".getBytes(StandardCharsets.US_ASCII);
    private static final CheckInTokens TOKENS = new CheckInTokens(KEY);
    private static final Instant NOW = Instant.parse("2026-11-23T17:00:30Z");
    private static final long LARGEST_MEETING = 999_999_999_999_999_999L; // the 18 digits a token may carry
    private static final long TEN_YEARS = 10L * 366 * 24 * 3600;
    private static final Pattern SHORT_CODE = Pattern.compile("[0-9]{6}");
    private static final char[] TOKEN_CHARACTERS =
            "0123456789-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/=. \n\u0660\u0669\uff10\ufffd".toCharArray();
    /** Every locale the JDK knows, in a fixed order, so that a saved input picks the same one again (on the same JDK). */
    private static final Locale[] SERVER_LOCALES = Arrays.stream(Locale.getAvailableLocales())
            .sorted(Comparator.comparing(Locale::toLanguageTag)).toArray(Locale[]::new);

    /** Whatever arrives as a scanned token: never an exception, and accepted only if it is exactly a token shown in the last three minutes. */
    @FuzzTest
    void verifyAcceptsOnlyTheTokensShown(byte[] input) {
        String scanned = new String(input, StandardCharsets.UTF_8);
        OptionalLong verified = TOKENS.verify(scanned, NOW);
        long claimed = claimedMeeting(scanned);
        Set<String> shown = claimed > 0 ? tokensShown(claimed, NOW) : Set.of();
        if (verified.isPresent()) {
            assertEquals(claimed, verified.getAsLong(), () -> "accepted for another meeting than it names: " + scanned);
            assertTrue(shown.contains(scanned), () -> "accepted although no screen showed it: " + scanned);
        } else {
            assertFalse(shown.contains(scanned), () -> "refused although a screen showed it: " + scanned);
        }
    }

    /** Whatever a phone sends as an attendee key: parse never throws, and what it accepts is exactly what the factories make. */
    @FuzzTest
    void attendeeKeysRoundTrip(byte[] input) {
        String key = new String(input, StandardCharsets.UTF_8);
        new Attendee(key).accountId(); // for any key, parsed or not
        new Attendee(key).isWalkIn();
        Optional<Attendee> parsed = Attendee.parse(key);
        if (parsed.isEmpty()) {
            return;
        }
        Attendee attendee = parsed.get();
        assertEquals(key, attendee.key());
        Long account = attendee.accountId();
        switch (key.charAt(0)) {
            case 'p' -> {
                assertTrue(account != null && account > 0, () -> "no account in " + key);
                assertEquals(key, Attendee.person(account).key());
            }
            case 'c' -> {
                assertNull(account, () -> "a companion with an account: " + key);
                int dot = key.indexOf('.');
                assertEquals(key, Attendee.companion(Long.parseLong(key.substring(1, dot)), Integer.parseInt(key.substring(dot + 1))).key());
            }
            case 'w' -> {
                assertNull(account, () -> "a walk-in with an account: " + key);
                assertTrue(attendee.isWalkIn());
                assertEquals(key, Attendee.walkIn(UUID.fromString(key.substring(1))).key());
            }
            default -> throw new AssertionError("accepted an attendee key of an unknown kind: " + key);
        }
        assertEquals(key.startsWith("w"), attendee.isWalkIn());
    }

    /** A genuine token for any meeting and minute, changed in up to four places: every change that leaves a different string is refused. */
    @FuzzTest
    void changedTokensAreRefused(FuzzedDataProvider data) {
        long meeting = data.consumeLong(1, LARGEST_MEETING);
        Instant now = NOW.plusSeconds(data.consumeLong(-TEN_YEARS, TEN_YEARS));
        Instant shownAt = now.minus(CheckInTokens.STEP.multipliedBy(data.consumeInt(0, CheckInTokens.STEPS_ACCEPTED - 1)));
        String genuine = TOKENS.token(meeting, shownAt);
        assertEquals(OptionalLong.of(meeting), TOKENS.verify(genuine, now), () -> "genuine token refused: " + genuine);

        StringBuilder changed = new StringBuilder(genuine);
        int changes = data.consumeInt(1, 4);
        for (int i = 0; i < changes; i++) {
            change(changed, data);
        }
        String candidate = changed.toString();
        if (!candidate.equals(genuine)) {
            assertEquals(OptionalLong.empty(), TOKENS.verify(candidate, now), () -> genuine + " changed to " + candidate + " was accepted");
        }
    }

    /**
     * A typed code, for any meeting and minute and whatever locale the server runs in: the codes shown are six
     * ASCII digits, and a typed text matches exactly when it is one of the codes shown in the last three minutes.
     */
    @FuzzTest
    void typedCodesMatchOnlyTheCodesShown(FuzzedDataProvider data) {
        Locale serverLocale = data.pickValue(SERVER_LOCALES);
        long meeting = data.consumeLong(1, LARGEST_MEETING);
        Instant now = NOW.plusSeconds(data.consumeLong(-TEN_YEARS, TEN_YEARS));
        Locale before = Locale.getDefault();
        Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
        Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(serverLocale);
            Set<String> shown = new LinkedHashSet<>();
            for (int stepsAgo = 0; stepsAgo < CheckInTokens.STEPS_ACCEPTED; stepsAgo++) {
                String code = TOKENS.shortCode(meeting, now.minus(CheckInTokens.STEP.multipliedBy(stepsAgo)));
                assertTrue(SHORT_CODE.matcher(code).matches(), () -> "code " + code + " shown with server locale " + serverLocale.toLanguageTag());
                shown.add(code);
            }
            String typed = switch (data.consumeInt(0, 2)) {
                // one that was shown, or shown just too long ago
                case 0 -> TOKENS.shortCode(meeting, now.minus(CheckInTokens.STEP.multipliedBy(data.consumeInt(0, CheckInTokens.STEPS_ACCEPTED + 1))));
                // one that was shown, with one character changed
                case 1 -> {
                    StringBuilder code = new StringBuilder(shown.iterator().next());
                    code.setCharAt(data.consumeInt(0, code.length() - 1), character(data));
                    yield code.toString();
                }
                default -> data.consumeRemainingAsString();
            };
            assertEquals(shown.contains(typed), TOKENS.codeMatches(meeting, typed, now),
                    () -> "typed " + typed + ", shown " + shown + ", server locale " + serverLocale.toLanguageTag());
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, formatBefore);
            Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
        }
    }

    /** The tokens a leader's screen showed for a meeting in the minutes in which they are still accepted at {@code now}. */
    private static Set<String> tokensShown(long meeting, Instant now) {
        Set<String> shown = new LinkedHashSet<>();
        for (int stepsAgo = 0; stepsAgo < CheckInTokens.STEPS_ACCEPTED; stepsAgo++) {
            shown.add(TOKENS.token(meeting, now.minus(CheckInTokens.STEP.multipliedBy(stepsAgo))));
        }
        return shown;
    }

    /** The meeting a string names before its first dash, if that is a meeting number as tokens write it; otherwise 0. */
    private static long claimedMeeting(String scanned) {
        int dash = scanned.indexOf('-');
        String number = dash < 0 ? "" : scanned.substring(0, dash);
        return number.matches("[1-9][0-9]{0,17}") ? Long.parseLong(number) : 0;
    }

    private static void change(StringBuilder token, FuzzedDataProvider data) {
        int length = token.length();
        switch (data.consumeInt(0, 7)) {
            case 0 -> { // another character somewhere
                if (length > 0) {
                    token.setCharAt(data.consumeInt(0, length - 1), character(data));
                }
            }
            case 1 -> token.insert(data.consumeInt(0, length), character(data));
            case 2 -> { // a character less
                if (length > 0) {
                    token.deleteCharAt(data.consumeInt(0, length - 1));
                }
            }
            case 3 -> { // upper case to lower case and back
                if (length > 0) {
                    int at = data.consumeInt(0, length - 1);
                    char c = token.charAt(at);
                    token.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                }
            }
            case 4 -> token.setLength(data.consumeInt(0, length)); // cut off
            case 5 -> token.append(data.consumeString(8));
            case 6 -> { // the signature moved to another meeting
                String[] parts = token.toString().split("-", 3);
                if (parts.length == 3) {
                    token.setLength(0);
                    token.append(data.consumeLong(1, LARGEST_MEETING)).append('-').append(parts[1]).append('-').append(parts[2]);
                }
            }
            default -> { // the signature moved to a neighbouring minute
                String[] parts = token.toString().split("-", 3);
                if (parts.length == 3 && parts[1].matches("[0-9]{1,12}")) {
                    token.setLength(0);
                    token.append(parts[0]).append('-').append(Long.parseLong(parts[1]) + data.consumeInt(-3, 3)).append('-').append(parts[2]);
                }
            }
        }
    }

    private static char character(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(TOKEN_CHARACTERS) : data.consumeChar();
    }
}
