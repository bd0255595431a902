package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Real SMTP against GreenMail's in-process server: multipart plain text and HTML, UTF-8. */
class SmtpTransportTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void sendsPlainTextAndHtml() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        new SmtpTransport(sender, "Mötesplats <no-reply@motesplats.test>")
                .deliver(new RenderedEmail("yonas@motesplats.test", "ኮድ 123456", "ሰላም 123456", "<p>ሰላም 123456</p>"));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("ኮድ 123456");
        assertThat(GreenMailUtil.getBody(received[0])).contains("multipart/alternative").contains("text/html");
        assertThat(received[0].getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void noticesCarryTheOneClickUnsubscribeHeaders() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        new SmtpTransport(sender, "Mötesplats <no-reply@motesplats.test>").deliver(new RenderedEmail("amal@motesplats.test",
                "تذكير", "نص", "<p>نص</p>", "https://motesplats.test/api/unsubscribe/7-abc"));
        MimeMessage notice = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(notice.getHeader("List-Unsubscribe")).containsExactly("<https://motesplats.test/api/unsubscribe/7-abc>");
        assertThat(notice.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }
}
