package se.motesplats.notification;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/** Where and in which language a person wants to hear from the portal. */
public record Recipient(@Nullable String email, @Nullable String phone, SupportedLanguage language, Channel preferred) {

    /** The preferred channel if the person has an address for it, otherwise the other one. */
    Optional<Address> address() {
        Address email = this.email == null ? null : new Address(Channel.EMAIL, this.email);
        Address sms = this.phone == null ? null : new Address(Channel.SMS, this.phone);
        Address first = preferred == Channel.SMS ? sms : email;
        return Optional.ofNullable(first != null ? first : preferred == Channel.SMS ? email : sms);
    }

    record Address(Channel channel, String value) {
    }
}
