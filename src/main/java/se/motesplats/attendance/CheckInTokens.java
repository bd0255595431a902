package se.motesplats.attendance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The codes on a leader's check-in screen. Time is cut into one-minute steps; for each meeting and
 * step there is a QR token ({@code meeting-step-signature}, an HMAC-SHA256 under a key from
 * configuration, so nobody can make one for another meeting or another minute) and a six-digit
 * code for people who cannot scan. A code is accepted in its own minute and the two before, so
 * that someone who scanned or typed just before the screen changed is not turned away.
 */
final class CheckInTokens {

    static final Duration STEP = Duration.ofMinutes(1);
    static final int STEPS_ACCEPTED = 3;
    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,17})-([1-9][0-9]{0,11})-([A-Za-z0-9_-]{22})");

    private final SecretKeySpec key;

    CheckInTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The check-in token key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The end of the last minute in which what is shown at {@code at} is still accepted. */
    static Instant acceptedUntil(Instant at) {
        return Instant.ofEpochSecond((step(at) + STEPS_ACCEPTED) * STEP.toSeconds());
    }

    String token(long meetingId, Instant at) {
        long step = step(at);
        return meetingId + "-" + step + "-" + signature(meetingId, step);
    }

    String shortCode(long meetingId, Instant at) {
        return shortCode(meetingId, step(at));
    }

    /** The meeting a token was made for, if it is genuine and recent; anything else, however malformed, is empty. */
    OptionalLong verify(@Nullable String token, Instant now) {
        if (token == null || token.length() > 60) {
            return OptionalLong.empty();
        }
        Matcher matcher = FORM.matcher(token);
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        long meetingId;
        long step;
        try {
            meetingId = Long.parseLong(matcher.group(1));
            step = Long.parseLong(matcher.group(2));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
        long current = step(now);
        if (step > current || step <= current - STEPS_ACCEPTED) {
            return OptionalLong.empty();
        }
        byte[] expected = signature(meetingId, step).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, matcher.group(3).getBytes(StandardCharsets.US_ASCII))
                ? OptionalLong.of(meetingId)
                : OptionalLong.empty();
    }

    /** Whether a typed code is this meeting's code now or in the two minutes before. */
    boolean codeMatches(long meetingId, String typed, Instant now) {
        long current = step(now);
        boolean matches = false;
        for (long step = current - STEPS_ACCEPTED + 1; step <= current; step++) {
            matches |= MessageDigest.isEqual(shortCode(meetingId, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
        }
        return matches;
    }

    private String signature(long meetingId, long step) {
        // 128 bits of the MAC: plenty against forgery for a token that lives three minutes, short enough for a small QR code
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac("qr", meetingId, step), 16));
    }

    private String shortCode(long meetingId, long step) {
        byte[] mac = mac("code", meetingId, step);
        long number = ((mac[0] & 0x7fL) << 24 | (mac[1] & 0xffL) << 16 | (mac[2] & 0xffL) << 8 | (mac[3] & 0xffL)) % 1_000_000;
        // Locale.ROOT: under a server locale such as ar-EG or fa-IR %d writes Arabic-Indic digits, and typed codes never match them
        return String.format(Locale.ROOT, "%06d", number);
    }

    private byte[] mac(String purpose, long meetingId, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((purpose + ":" + meetingId + ":" + step).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
