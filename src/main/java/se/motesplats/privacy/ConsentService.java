package se.motesplats.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;

/**
 * Consent per purpose, recorded with the version of the privacy notice and the language the person
 * read it in. A change of the notice's text means a new {@link #NOTICE_VERSION}.
 */
@Service
public class ConsentService {

    public static final String NOTICE_VERSION = "2026-11-23";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConsentService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The caller, just signed in for the first time, agrees to these purposes. */
    @Transactional
    public void give(Set<ConsentPurpose> purposes, SupportedLanguage language) {
        record(CurrentPerson.required().accountId(), purposes, language, null, NOTICE_VERSION);
    }

    private void record(long accountId, Set<ConsentPurpose> purposes, SupportedLanguage language, @Nullable Long givenBy,
            String version) {
        Set<ConsentPurpose> current = of(accountId);
        Instant now = clock.instant();
        purposes.stream().filter(purpose -> !current.contains(purpose)).forEach(purpose -> jdbc.sql("""
                insert into consent (account_id, purpose, version, language, given_at, given_by)
                values (:account, :purpose, :version, :language, :now, :givenBy)""")
                .param("account", accountId).param("purpose", purpose.name()).param("version", version)
                .param("language", language.tag()).param("now", now).param("givenBy", givenBy).update());
    }

    /**
     * A case officer or coordinator records consent that the newcomer beside them gave, for example
     * when referring them to an activity; the record names who wrote it down.
     */
    @RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void giveOnBehalf(long accountId, Set<ConsentPurpose> purposes, SupportedLanguage language) {
        record(accountId, purposes, language, CurrentPerson.required().accountId(), NOTICE_VERSION);
    }

    /**
     * A leader records that someone who came to a meeting agreed, on the leader's phone, to be registered
     * (the terms and the privacy notice). The phone may have shown the text offline, hours ago: the
     * record keeps the version and the language it showed, and names the leader who wrote it down.
     */
    @RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
    @Transactional
    public void givenAtTheDoor(long accountId, SupportedLanguage shownIn, String version) {
        record(accountId, Set.of(ConsentPurpose.TERMS_AND_PRIVACY), shownIn, CurrentPerson.required().accountId(), version);
    }

    /** The caller withdraws a consent; the modules that relied on it stop using the data at once. */
    @Transactional
    public void withdraw(ConsentPurpose purpose) {
        long me = CurrentPerson.required().accountId();
        int withdrawn = jdbc.sql("update consent set withdrawn_at = :now where account_id = :account and purpose = :purpose and withdrawn_at is null")
                .param("now", clock.instant()).param("account", me).param("purpose", purpose.name())
                .update();
        if (withdrawn > 0) {
            events.publishEvent(new ConsentWithdrawn(me, purpose));
        }
    }

    /** Every consent the person gave and withdrew, for "My data". */
    PersonalDataPart historyOf(long accountId) {
        return new PersonalDataPart("consents", jdbc.sql("""
                select purpose, version, language, given_at, withdrawn_at, given_by is not null as on_behalf
                from consent where account_id = :account order by given_at, id""")
                .param("account", accountId)
                .query((row, number) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("purpose", ConsentPurpose.valueOf(row.getString("purpose")));
                    record.put("notice-version", row.getString("version"));
                    record.put("language", row.getString("language"));
                    record.put("given", row.getTimestamp("given_at").toInstant());
                    if (row.getTimestamp("withdrawn_at") != null) {
                        record.put("withdrawn", row.getTimestamp("withdrawn_at").toInstant());
                    }
                    record.put("recorded-by-staff", row.getBoolean("on_behalf"));
                    return record;
                }).list());
    }

    /** The purposes a person agrees to now. */
    @Transactional(readOnly = true)
    public Set<ConsentPurpose> of(long accountId) {
        Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
        jdbc.sql("select distinct purpose from consent where account_id = :account and withdrawn_at is null")
                .param("account", accountId).query(String.class).list()
                .forEach(purpose -> given.add(ConsentPurpose.valueOf(purpose)));
        return given;
    }
}
