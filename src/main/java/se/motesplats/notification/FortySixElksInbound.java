package se.motesplats.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where 46elks posts the replies people send to our number (the number's {@code sms_url}):
 * {@code POST /api/sms/46elks/inbound/{secret}} with the form fields {@code from}, {@code to},
 * {@code message}, {@code id} and {@code created}. The secret in the address is the only credential,
 * so a wrong one (or none configured) looks like a page that does not exist. The answer is 200 with
 * an empty body: a body would be sent back to the person as a reply SMS.
 */
@RestController
class FortySixElksInbound {

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final byte[] secretHash;

    FortySixElksInbound(ApplicationEventPublisher events, Clock clock, FortySixElksProperties properties) {
        this.events = events;
        this.clock = clock;
        this.secretHash = properties.inboundSecret().isBlank() ? new byte[0] : sha256(properties.inboundSecret());
    }

    @PostMapping("/api/sms/46elks/inbound/{secret}")
    ResponseEntity<Void> receive(@PathVariable String secret, @RequestParam String from,
            @RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String created) {
        // hashes have the same length, so the comparison takes the same time however much of the secret is right
        if (secretHash.length == 0 || !MessageDigest.isEqual(secretHash, sha256(secret))) {
            return ResponseEntity.notFound().build();
        }
        String phoneNumber = PhoneNumbers.toE164(from).orElse(from.strip());
        events.publishEvent(new SmsReplyReceived(phoneNumber, message.strip(), receivedAt(created)));
        return ResponseEntity.ok().build();
    }

    /** 46elks' {@code created} is UTC without a zone ("2018-07-13T13:57:23.741000"); our clock if it is missing. */
    private Instant receivedAt(String created) {
        try {
            return LocalDateTime.parse(created).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
