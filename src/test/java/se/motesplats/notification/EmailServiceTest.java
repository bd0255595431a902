package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

class EmailServiceTest {

    private final List<RenderedEmail> sent = new ArrayList<>();
    private final EmailService email = new EmailService(new TranslationProvider(), sent::add, "https://motesplats.test");

    @Test
    void writesTheRecipientsLanguageInTextAndHtml() {
        email.send(new EmailMessage("a@motesplats.test", SupportedLanguage.ARABIC, "security.email.sign-in-code",
                Map.of("name", "<Amina>", "code", "123456", "minutes", 10)));
        RenderedEmail mail = sent.getFirst();
        assertThat(mail.subject()).contains("123456");
        assertThat(mail.text()).contains("123456").contains("<Amina>");
        assertThat(mail.html()).contains("lang=\"ar\" dir=\"rtl\"").contains("&lt;Amina&gt;").doesNotContain("<Amina>");
    }
}
