package se.motesplats.notification;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/** Where and in which language a person wants to hear from the portal. */
public record Recipient(@Nullable String email, @Nullable String phone, SupportedLanguage language, MessageChannel preferred) {

    /** The preferred channel if the person has an address for it (and SMS is on), otherwise the other one. */
    Optional<Address> address(boolean smsAvailable) {
        Address email = this.email == null ? null : new Address(MessageChannel.EMAIL, this.email);
        Address sms = this.phone == null || !smsAvailable ? null : new Address(MessageChannel.SMS, this.phone);
        Address first = preferred == MessageChannel.SMS ? sms : email;
        return Optional.ofNullable(first != null ? first : preferred == MessageChannel.SMS ? email : sms);
    }

    record Address(MessageChannel channel, String value) {
    }
}
