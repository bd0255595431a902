package se.motesplats.notification;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import se.motesplats.i18n.TranslationProvider;

/**
 * Writes e-mail from templates in {@code translations/}, in plain text and HTML, and sends it.
 * A message whose arguments carry {@link #UNSUBSCRIBE_TOKEN} (notices, not sign-in codes) ends with
 * an unsubscribe link and carries the one-click unsubscribe headers of RFC 8058; the security module
 * serves both addresses.
 */
@Service
public class EmailService {

    public static final String UNSUBSCRIBE_TOKEN = "unsubscribeToken";
    /** The page where a person confirms they want no more notices by e-mail. */
    public static final String UNSUBSCRIBE_PAGE = "unsubscribe";
    /** Where mail programs post a one-click unsubscribe. */
    public static final String UNSUBSCRIBE_ONE_CLICK = "api/unsubscribe";

    private final TranslationProvider translations;
    private final MailTransport transport;
    private final String publicUrl;

    EmailService(TranslationProvider translations, MailTransport transport, @Value("${motesplats.public-url}") String publicUrl) {
        this.translations = translations;
        this.transport = transport;
        this.publicUrl = publicUrl;
    }

    public void send(EmailMessage message) {
        transport.deliver(render(message));
    }

    RenderedEmail render(EmailMessage message) {
        String subject = translations.translate(message.language(), message.template() + ".subject", message.arguments());
        Object token = message.arguments().get(UNSUBSCRIBE_TOKEN);
        String text = translations.translate(message.language(), message.template() + ".body", message.arguments())
                + (token == null ? "" : "\n\n" + translations.translate(message.language(), "notification.email.unsubscribe",
                        Map.of("link", publicUrl + "/" + UNSUBSCRIBE_PAGE + "/" + token)));
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
        return new RenderedEmail(message.recipient(), subject, text, html,
                token == null ? null : publicUrl + "/" + UNSUBSCRIBE_ONE_CLICK + "/" + token);
    }
}
