package se.motesplats.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo run's mail server, SMS provider and push service: keeps every e-mail, text message and push
 * message (to {@code push:<device>}) instead of sending it, so someone trying the demo can read their
 * sign-in code or invitation. Only exists when
 * {@code motesplats.mail.outbox=true}.
 */
@Service
@ConditionalOnProperty(name = "motesplats.mail.outbox", havingValue = "true")
public class DevelopmentOutbox implements MailTransport, SmsTransport, PushTransport {

    private final OutboxMessageRepository messages;
    private final Clock clock;

    DevelopmentOutbox(OutboxMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void deliver(RenderedEmail email) {
        messages.save(new OutboxMessage(MessageChannel.EMAIL, email.recipient(), email.subject(), email.text(), email.html(),
                clock.instant()));
    }

    @Override
    @Transactional
    public void deliver(RenderedSms sms) {
        messages.save(new OutboxMessage(MessageChannel.SMS, sms.recipient(), "", sms.text(), "", clock.instant()));
    }

    @Override
    @Transactional
    public boolean deliver(RenderedPush push) {
        messages.save(new OutboxMessage(MessageChannel.PUSH, push.device(), push.title(), push.body() + "\n\n" + push.url(), "",
                clock.instant()));
        return true;
    }

    /** The newest messages first. */
    @Transactional(readOnly = true)
    public List<SentMessage> latest() {
        return messages.findTop50ByOrderByIdDesc().stream().map(OutboxMessage::view).toList();
    }

    /** The newest messages to one address or number first. */
    @Transactional(readOnly = true)
    public List<SentMessage> latestTo(String recipient) {
        return messages.findTop50ByRecipientOrderByIdDesc(recipient).stream().map(OutboxMessage::view).toList();
    }
}
