package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

class SmsServiceTest {

    // no SMS templates exist yet; any translation key with named arguments serves as one
    private static final String TEMPLATE = "security.email.sign-in-code.body";

    private final List<RenderedSms> sent = new ArrayList<>();

    @Test
    void writesTheTemplateInTheRecipientsLanguage() {
        SmsService sms = new SmsService(new TranslationProvider(), Optional.of(sent::add));
        assertThat(sms.available()).isTrue();
        sms.send(new SmsMessage("+46701234567", SupportedLanguage.TIGRINYA, TEMPLATE,
                Map.of("name", "Yonas", "code", "123456", "minutes", 10)));
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo("+46701234567");
            assertThat(message.text()).contains("123456").matches("(?s).*[\\u1200-\\u137F].*");
        });
    }

    @Test
    void withoutAProviderNothingIsSent() {
        SmsService sms = new SmsService(new TranslationProvider(), Optional.empty());
        assertThat(sms.available()).isFalse();
        sms.send(new SmsMessage("+46701234567", SupportedLanguage.SWEDISH, TEMPLATE, Map.of()));
        assertThat(sent).isEmpty();
    }

    @Test
    void theRecipientMustBeInE164() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SmsMessage("070-123 45 67", SupportedLanguage.SWEDISH, TEMPLATE, Map.of()))
                .withMessageNotContaining("070");
    }
}
