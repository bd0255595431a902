package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.security.hostile.HostilePayloads;
import se.motesplats.security.hostile.HostileReport;

/**
 * The hostile input corpus in e-mail, through the real SMTP transport into GreenMail: a payload with
 * line breaks in a subject (an activity's title, an association's name) must not add a header or a
 * recipient, and the HTML part shows every payload as text. The templates are the three that carry
 * other people's words: a confirmed place, being added to an association, an organiser's room message.
 */
class HostileMailHeadersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final List<SupportedLanguage> LANGUAGES = List.of(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC,
            SupportedLanguage.TIGRINYA, SupportedLanguage.PERSIAN, SupportedLanguage.UKRAINIAN);
    /** What our messages carry, and what GreenMail adds on receipt. */
    private static final Set<String> HEADERS = Set.of("Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type",
            "List-Unsubscribe", "List-Unsubscribe-Post", "Return-Path", "Received");
    private static final Set<String> HTML_TAGS = Set.of("html", "head", "meta", "title", "body", "p", "br");

    @Test
    void noPayloadAddsAHeaderOrARecipientAndTheHtmlShowsItAsText() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        EmailService email = new EmailService(new TranslationProvider(), new SmtpTransport(sender, "Mötesplats <no-reply@motesplats.test>"),
                "https://motesplats.test");
        int sent = 0;
        for (HostilePayloads.Payload payload : HostilePayloads.all()) {
            String p = payload.text();
            SupportedLanguage language = LANGUAGES.get(payload.id() % LANGUAGES.size());
            String recipient = "p" + payload.id() + "@motesplats.test";
            email.send(new EmailMessage(recipient, language, "signup.notice.confirmed", Map.of("name", p, "activity", p, "place", p,
                    "link", "https://motesplats.test/my-activities", EmailService.UNSUBSCRIBE_TOKEN, "7-abc")));
            email.send(new EmailMessage(recipient, language, "organisation.email.invited", Map.of("name", p, "organisation", p, "by", p,
                    "link", "https://motesplats.test/invitation/0a1b", "days", 14)));
            email.send(new EmailMessage(recipient, language, "signup.message.room-changed", Map.of("name", p, "activity", p,
                    "when", "tisdag 18:00", "room", p, EmailService.UNSUBSCRIBE_TOKEN, "7-abc")));
            sent += 3;
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(sent);
        List<String> problems = new ArrayList<>();
        Set<String> headersSeen = new TreeSet<>();
        for (MimeMessage message : received) {
            Address[] recipients = message.getAllRecipients();
            String to = recipients.length == 1 ? recipients[0].toString() : "";
            if (!to.matches("p\\d+@motesplats\\.test")) {
                problems.add("recipients " + List.of(recipients));
                continue;
            }
            HostilePayloads.Payload payload = HostilePayloads.byId(Integer.parseInt(to.substring(1, to.indexOf('@'))));
            for (Header header : Collections.list(message.getAllHeaders())) {
                headersSeen.add(header.getName());
                if (!HEADERS.contains(header.getName())) {
                    problems.add(payload + ": header " + header.getName() + ": " + header.getValue());
                }
            }
            if (message.getHeader("Subject").length != 1) {
                problems.add(payload + ": " + message.getHeader("Subject").length + " subjects");
            }
            String subject = message.getSubject();
            if (!oneLine(subject).contains(oneLine(payload.text()))) {
                problems.add(payload + ": subject reads back as " + subject);
            }
            Document html = Jsoup.parse(htmlPart(message));
            html.getAllElements().stream().map(element -> element.tagName()).filter(tag -> !tag.equals("#root") && !HTML_TAGS.contains(tag))
                    .forEach(tag -> problems.add(payload + ": element <" + tag + "> in the HTML part"));
            html.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
                if (!Set.of("lang", "dir", "charset", "style").contains(attribute.getKey())) {
                    problems.add(payload + ": attribute " + attribute.getKey() + " in the HTML part");
                }
            }));
        }
        assertThat(smtp.getReceivedMessagesForDomain("xss.invalid")).as("a Bcc: line in a subject is no recipient").isEmpty();
        assertThat(problems).as("headers, recipients and HTML of " + sent + " messages").isEmpty();
        HostileReport.put(Map.of("mail.smtp.messages", sent, "mail.smtp.headers", String.join(", ", headersSeen)));
    }

    private static String htmlPart(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlPart(multipart.getBodyPart(i));
                if (!html.isEmpty()) {
                    return html;
                }
            }
        }
        return "";
    }

    /** Line breaks and other white space as single spaces, NUL left out: how a header shows a subject. */
    private static String oneLine(String text) {
        return text.replace("\0", "").replaceAll("[\\s\\u2028\\u2029\\u00A0]+", " ").strip();
    }
}
