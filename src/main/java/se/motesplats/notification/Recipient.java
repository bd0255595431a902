package se.motesplats.notification;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/** Who, where and in which language a person wants to hear from the portal. */
public record Recipient(long accountId, @Nullable String email, @Nullable String phone, SupportedLanguage language,
        MessageChannel preferred) {

    /**
     * Each of the person's push devices when push is their choice and they have any; otherwise the
     * preferred channel if the person has an address for it (and SMS is on), otherwise the other one.
     */
    List<Address> addresses(boolean smsAvailable, List<String> pushDevices) {
        if (preferred == MessageChannel.PUSH && !pushDevices.isEmpty()) {
            return pushDevices.stream().map(device -> new Address(MessageChannel.PUSH, device)).toList();
        }
        Address email = this.email == null ? null : new Address(MessageChannel.EMAIL, this.email);
        Address sms = this.phone == null || !smsAvailable ? null : new Address(MessageChannel.SMS, this.phone);
        Address first = preferred == MessageChannel.SMS ? sms : email;
        Address second = preferred == MessageChannel.SMS ? email : sms;
        return Stream.of(first, second).filter(address -> address != null).limit(1).toList();
    }

    record Address(MessageChannel channel, String value) {
    }
}
