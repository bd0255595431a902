package se.motesplats.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends e-mail to an SMTP server ({@code spring.mail.*}) as multipart plain text and HTML. */
@Component
@ConditionalOnProperty(name = "motesplats.mail.outbox", havingValue = "false", matchIfMissing = true)
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    SmtpTransport(JavaMailSender sender, @Value("${motesplats.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(RenderedEmail email) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(email.recipient());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            if (email.oneClickUnsubscribe() != null) {
                mime.setHeader("List-Unsubscribe", "<" + email.oneClickUnsubscribe() + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            sender.send(mime);
        } catch (MessagingException e) {
            throw new MailSendException("Could not build the e-mail", e);
        }
    }
}
