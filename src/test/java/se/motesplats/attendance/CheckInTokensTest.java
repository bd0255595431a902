package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CheckInTokensTest {

    private static final byte[] KEY = new byte[32];
    private final CheckInTokens tokens = new CheckInTokens(KEY);
    private final Instant now = Instant.parse("2026-11-23T17:00:30Z");

    @Test
    void aTokenIsGoodForItsMeetingForThreeMinutes() {
        String token = tokens.token(42, now);
        assertThat(tokens.verify(token, now)).hasValue(42);
        assertThat(tokens.verify(token, now.plus(Duration.ofSeconds(149)))).hasValue(42);
        assertThat(tokens.verify(token, now.plus(Duration.ofSeconds(150)))).as("three steps later").isEmpty();
        assertThat(tokens.verify(token, now.minus(Duration.ofMinutes(1)))).as("from the future").isEmpty();
    }

    @Test
    void aTokenCannotBeMovedToAnotherMeetingOrMinuteOrForged() {
        String token = tokens.token(42, now);
        String[] parts = token.split("-", 3);
        assertThat(tokens.verify("43-" + parts[1] + "-" + parts[2], now)).isEmpty();
        assertThat(tokens.verify(parts[0] + "-" + (Long.parseLong(parts[1]) - 1) + "-" + parts[2], now)).isEmpty();
        char last = parts[2].charAt(parts[2].length() - 1);
        assertThat(tokens.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'), now)).isEmpty();
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;
        assertThat(new CheckInTokens(otherKey).verify(token, now)).as("signed with another key").isEmpty();
    }

    @Test
    void malformedTokensAreRefusedQuietly() {
        for (String bad : new String[] {"", "-", "42", "42-1-", "0-29000000-AAAAAAAAAAAAAAAAAAAAAA",
                "99999999999999999999-1-AAAAAAAAAAAAAAAAAAAAAA", "42-29000000-AAAAAAAAAAAAAAAAAAAAAA\n", "x".repeat(10_000)}) {
            assertThat(tokens.verify(bad, now)).as(bad).isEmpty();
        }
    }

    @Test
    void theShortCodeHasSixDigitsChangesEveryMinuteAndIsAcceptedForThreeMinutes() {
        String code = tokens.shortCode(42, now);
        assertThat(code).matches("[0-9]{6}");
        assertThat(tokens.codeMatches(42, code, now.plus(Duration.ofMinutes(2)))).isTrue();
        assertThat(tokens.codeMatches(42, code, now.plus(Duration.ofMinutes(3)))).isFalse();
        assertThat(tokens.codeMatches(43, code, now)).isFalse();
        assertThat(java.util.stream.IntStream.range(0, 10).mapToObj(i -> tokens.shortCode(42, now.plus(Duration.ofMinutes(i))))
                .distinct().count()).isGreaterThan(8);
    }
}
