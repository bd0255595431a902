package se.motesplats.notification;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.motesplats.i18n.TranslationProvider;

/**
 * Writes text messages from templates in {@code translations/} and sends them. SMS is optional: with
 * neither an SMS provider ({@code motesplats.sms.provider}) nor the development outbox configured,
 * {@link #available()} is false and nothing is sent.
 */
@Service
public class SmsService {

    private static final Logger log = LoggerFactory.getLogger(SmsService.class);

    private final TranslationProvider translations;
    private final Optional<SmsTransport> transport;

    SmsService(TranslationProvider translations, Optional<SmsTransport> transport) {
        this.translations = translations;
        this.transport = transport;
    }

    /** Whether text messages go anywhere; callers offer SMS as a choice only when they do. */
    public boolean available() {
        return transport.isPresent();
    }

    /**
     * Sends the message, or does nothing (and logs the template, never the number) when SMS is off.
     * Throws when the provider refuses the message or cannot be reached, so the caller can retry.
     */
    public void send(SmsMessage message) {
        transport.ifPresentOrElse(
                sms -> sms.deliver(render(message)),
                () -> log.info("SMS is off (no motesplats.sms.provider); not sending {}", message.template()));
    }

    RenderedSms render(SmsMessage message) {
        return new RenderedSms(message.recipient(),
                translations.translate(message.language(), message.template(), message.arguments()));
    }
}
