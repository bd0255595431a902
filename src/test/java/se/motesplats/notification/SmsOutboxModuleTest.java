package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.ModuleTestBase;

/** With the development outbox on (demo and tests), text messages are kept there, marked SMS. */
class SmsOutboxModuleTest extends ModuleTestBase {

    @Autowired
    SmsService sms;
    @Autowired
    DevelopmentOutbox outbox;

    @Test
    void aTextMessageLandsInTheOutbox() {
        assertThat(sms.available()).isTrue();
        sms.send(new SmsMessage("+46701112233", SupportedLanguage.ARABIC, "security.email.sign-in-code.body",
                Map.of("name", "Amina", "code", "654321", "minutes", 10)));

        assertThat(outbox.latest()).filteredOn(message -> message.recipient().equals("+46701112233")).singleElement()
                .satisfies(message -> {
                    assertThat(message.channel()).isEqualTo(MessageChannel.SMS);
                    assertThat(message.subject()).isEmpty();
                    assertThat(message.text()).contains("654321").matches("(?s).*[\\u0600-\\u06FF].*");
                });
        assertThat(outbox.latest()).filteredOn(message -> message.recipient().contains("@"))
                .allSatisfy(message -> assertThat(message.channel()).isEqualTo(MessageChannel.EMAIL));
    }
}
