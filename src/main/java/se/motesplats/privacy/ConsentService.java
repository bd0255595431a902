package se.motesplats.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.CurrentPerson;

/**
 * Consent per purpose, recorded with the version of the privacy notice and the language the person
 * read it in. A change of the notice's text means a new {@link #NOTICE_VERSION}.
 */
@Service
public class ConsentService {

    public static final String NOTICE_VERSION = "2026-11";

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsentService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller, just signed in for the first time, agrees to these purposes. */
    @Transactional
    public void give(Set<ConsentPurpose> purposes, SupportedLanguage language) {
        long accountId = CurrentPerson.required().accountId();
        Set<ConsentPurpose> current = of(accountId);
        Instant now = clock.instant();
        purposes.stream().filter(purpose -> !current.contains(purpose)).forEach(purpose -> jdbc.sql("""
                insert into consent (account_id, purpose, version, language, given_at)
                values (:account, :purpose, :version, :language, :now)""")
                .param("account", accountId).param("purpose", purpose.name()).param("version", NOTICE_VERSION)
                .param("language", language.tag()).param("now", now).update());
    }

    @Transactional
    public void withdraw(ConsentPurpose purpose) {
        jdbc.sql("update consent set withdrawn_at = :now where account_id = :account and purpose = :purpose and withdrawn_at is null")
                .param("now", clock.instant()).param("account", CurrentPerson.required().accountId()).param("purpose", purpose.name())
                .update();
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
