package se.motesplats.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountPrivacy;
import se.motesplats.security.AuditLog;
import se.motesplats.security.CurrentPerson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights over their data, self-service: see and download everything the portal holds
 * about them, and delete their account. Every module that stores personal data takes part
 * through {@link PersonalDataHolder}.
 */
@Service
public class PersonalDataService {

    private final AccountPrivacy accounts;
    private final ConsentService consents;
    private final List<PersonalDataHolder> holders;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditLog audit;

    PersonalDataService(AccountPrivacy accounts, ConsentService consents, List<PersonalDataHolder> holders, JsonMapper json, Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.consents = consents;
        this.holders = holders;
        this.json = json;
        this.clock = clock;
    }

    /** Everything about the caller, part by part: account, devices, consents, then each module's. */
    @Transactional(readOnly = true)
    public List<PersonalDataPart> mine(SupportedLanguage language) {
        long me = CurrentPerson.required().accountId();
        AccountPrivacy.AccountData account = accounts.dataOf(me);
        List<PersonalDataPart> parts = new ArrayList<>();
        parts.add(new PersonalDataPart("account", List.of(account.account())));
        parts.add(new PersonalDataPart("devices", account.devices()));
        parts.add(new PersonalDataPart("sessions", account.sessions()));
        parts.add(consents.historyOf(me));
        holders.stream().map(holder -> holder.dataOf(me, language)).filter(part -> !part.records().isEmpty()).forEach(parts::add);
        return parts;
    }

    /** The same as {@link #mine}, machine-readable (JSON, times in UTC as ISO 8601). */
    @Transactional(readOnly = true)
    public byte[] mineAsJson(SupportedLanguage language) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exported", clock.instant());
        mine(language).forEach(part -> document.put(part.name(), part.records()));
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /**
     * Deletes the caller's account. What funding audits need stays, without the person: attendance
     * counts under a number that no longer leads to anyone.
     */
    @Transactional
    public void eraseMe() {
        erase(CurrentPerson.required().accountId());
    }

    /** Erases one account; the caller is the person or an administrator (the retention job). */
    @Transactional
    void erase(long accountId) {
        holders.forEach(holder -> holder.erase(accountId));
        accounts.erase(accountId);
        audit.changed("privacy.account-erased", "account:" + accountId, accountId, null);
    }
}
