package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        assertThat(new Recipient(1, "a@b.se", "+46701234567", SupportedLanguage.ARABIC, MessageChannel.SMS).addresses(true, List.of()))
                .containsExactly(new Recipient.Address(MessageChannel.SMS, "+46701234567"));
        assertThat(new Recipient(1, "a@b.se", "+46701234567", SupportedLanguage.ARABIC, MessageChannel.SMS).addresses(false, List.of()))
                .as("SMS switched off").containsExactly(new Recipient.Address(MessageChannel.EMAIL, "a@b.se"));
        assertThat(new Recipient(1, "a@b.se", null, SupportedLanguage.ARABIC, MessageChannel.SMS).addresses(true, List.of()))
                .containsExactly(new Recipient.Address(MessageChannel.EMAIL, "a@b.se"));
        assertThat(new Recipient(1, null, null, SupportedLanguage.ARABIC, MessageChannel.EMAIL).addresses(true, List.of())).isEmpty();
    }

    @Test
    void pushGoesToEveryDeviceAndWithoutOneTheNoticeFallsBackToEmailThenSms() {
        Recipient pushFirst = new Recipient(1, "a@b.se", "+46701234567", SupportedLanguage.SOMALI, MessageChannel.PUSH);
        assertThat(pushFirst.addresses(true, List.of("push:1", "push:2"))).containsExactly(
                new Recipient.Address(MessageChannel.PUSH, "push:1"), new Recipient.Address(MessageChannel.PUSH, "push:2"));
        assertThat(pushFirst.addresses(true, List.of())).containsExactly(new Recipient.Address(MessageChannel.EMAIL, "a@b.se"));
        assertThat(new Recipient(1, null, "+46701234567", SupportedLanguage.SOMALI, MessageChannel.PUSH).addresses(true, List.of()))
                .containsExactly(new Recipient.Address(MessageChannel.SMS, "+46701234567"));
        assertThat(new Recipient(1, "a@b.se", null, SupportedLanguage.SOMALI, MessageChannel.EMAIL).addresses(true, List.of("push:1")))
                .as("devices with push on do not matter when the person chose e-mail")
                .containsExactly(new Recipient.Address(MessageChannel.EMAIL, "a@b.se"));
    }
}
