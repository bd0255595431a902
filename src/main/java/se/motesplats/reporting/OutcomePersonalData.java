package se.motesplats.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataHolder;
import se.motesplats.privacy.PersonalDataPart;

/** The person's answers about their activities; erased with the account (the counts shown shrink). */
@Component
class OutcomePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ActivityService activities;

    OutcomePersonalData(JdbcClient jdbc, ActivityService activities) {
        this.jdbc = jdbc;
        this.activities = activities;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        return new PersonalDataPart("outcomes", jdbc.sql("select * from outcome_answer where account_id = ? order by asked_at").param(accountId)
                .query((row, number) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("activity", activities.headline(row.getLong("activity_id"), language).map(ActivityHeadline::title).orElse(""));
                    record.put("asked", row.getTimestamp("asked_at").toInstant());
                    if (row.getTimestamp("answered_at") != null) {
                        record.put("answered", row.getTimestamp("answered_at").toInstant());
                    }
                    for (OutcomeQuestion question : OutcomeQuestion.values()) {
                        int level = row.getInt(question.column());
                        if (!row.wasNull()) {
                            record.put(question.column().replace('_', '-'), OutcomeLevel.values()[level - 1]);
                        }
                    }
                    return record;
                }).list());
    }

    @Override
    public void erase(long accountId) {
        jdbc.sql("delete from outcome_answer where account_id = ?").param(accountId).update();
    }
}
