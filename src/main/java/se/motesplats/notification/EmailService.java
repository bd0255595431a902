package se.motesplats.notification;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import se.motesplats.i18n.TranslationProvider;

/** Writes e-mail from templates in {@code translations/}, in plain text and HTML, and sends it. */
@Service
public class EmailService {

    private final TranslationProvider translations;
    private final MailTransport transport;

    EmailService(TranslationProvider translations, MailTransport transport) {
        this.translations = translations;
        this.transport = transport;
    }

    public void send(EmailMessage message) {
        transport.deliver(render(message));
    }

    RenderedEmail render(EmailMessage message) {
        String subject = translations.translate(message.language(), message.template() + ".subject", message.arguments());
        String text = translations.translate(message.language(), message.template() + ".body", message.arguments());
        String paragraphs = Arrays.stream(text.split("\\n\\s*\\n"))
                .map(paragraph -> "<p>" + HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining("\n"));
        String html = """
                <!DOCTYPE html>
                <html lang="%s" dir="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family:sans-serif;font-size:16px;line-height:1.5;max-width:36em">
                %s
                </body></html>
                """.formatted(message.language().tag(), message.language().direction().attribute(),
                HtmlUtils.htmlEscape(subject), paragraphs);
        return new RenderedEmail(message.recipient(), subject, text, html);
    }
}
