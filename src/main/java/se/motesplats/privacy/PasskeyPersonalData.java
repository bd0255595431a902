package se.motesplats.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Passkey;
import se.motesplats.security.Passkeys;

/**
 * The person's passkeys in "My data" (the name they gave each one and when it was added and last used;
 * the public keys themselves say nothing about them), and gone with the account.
 */
@Component
class PasskeyPersonalData implements PersonalDataHolder {

    private final Passkeys passkeys;

    PasskeyPersonalData(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        return new PersonalDataPart("passkeys", passkeys.of(accountId).stream().map(PasskeyPersonalData::record).toList());
    }

    private static Map<String, Object> record(Passkey passkey) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("passkey-name", passkey.label());
        if (passkey.created() != null) {
            record.put("created", passkey.created());
        }
        if (passkey.lastUsed() != null) {
            record.put("last-used", passkey.lastUsed());
        }
        return record;
    }

    @Override
    public void erase(long accountId) {
        passkeys.erase(accountId);
    }
}
