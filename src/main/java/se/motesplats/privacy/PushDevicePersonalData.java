package se.motesplats.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.PushSubscriptions;

/**
 * The devices on which the person turned notifications on. The notification module holds them but
 * sits below this one (erasure warnings are sent through it), so its part is joined in here.
 */
@Component
class PushDevicePersonalData implements PersonalDataHolder {

    private final PushSubscriptions subscriptions;

    PushDevicePersonalData(PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        List<Map<String, Object>> records = subscriptions.devicesOf(accountId).stream().map(device -> {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("device", device.label());
            record.put("created", device.turnedOnAt());
            if (device.lastUsedAt() != null) {
                record.put("last-used", device.lastUsedAt());
            }
            return record;
        }).toList();
        return new PersonalDataPart("push-devices", records);
    }

    @Override
    public void erase(long accountId) {
        subscriptions.eraseAll(accountId);
    }
}
