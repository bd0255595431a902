package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.motesplats.i18n.SupportedLanguage;

class NotificationsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void failedNoticesAreRetriedWithGrowingPausesAndThenGivenUp() {
        assertThat(Notifications.Retry.after(1, NOW)).isEqualTo(new Notifications.Retry(NOW.plus(Duration.ofMinutes(1)), false));
        assertThat(Notifications.Retry.after(3, NOW).next()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(Notifications.Retry.after(Notifications.MAX_ATTEMPTS, NOW).giveUp()).isTrue();
    }

    @Test
    void thePreferredChannelIsUsedWhenThePersonHasAnAddressForIt() {
        assertThat(new Recipient("a@b.se", "+46701234567", SupportedLanguage.ARABIC, MessageChannel.SMS).address(true))
                .contains(new Recipient.Address(MessageChannel.SMS, "+46701234567"));
        assertThat(new Recipient("a@b.se", "+46701234567", SupportedLanguage.ARABIC, MessageChannel.SMS).address(false))
                .as("SMS switched off").contains(new Recipient.Address(MessageChannel.EMAIL, "a@b.se"));
        assertThat(new Recipient("a@b.se", null, SupportedLanguage.ARABIC, MessageChannel.SMS).address(true))
                .contains(new Recipient.Address(MessageChannel.EMAIL, "a@b.se"));
        assertThat(new Recipient(null, null, SupportedLanguage.ARABIC, MessageChannel.EMAIL).address(true)).isEqualTo(Optional.empty());
    }
}
