package se.motesplats.signup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityHeadline;
import se.motesplats.activity.ActivityService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataHolder;
import se.motesplats.privacy.PersonalDataPart;

/**
 * Sign-ups, past and present, with the companions who came along. Erasing cancels the active ones
 * first, so their places go to the waiting list, then deletes them all.
 */
@Component
class SignupPersonalData implements PersonalDataHolder {

    private final SignupService signups;
    private final ActivityService activities;
    private final JdbcClient jdbc;

    SignupPersonalData(SignupService signups, ActivityService activities, JdbcClient jdbc) {
        this.signups = signups;
        this.activities = activities;
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        return new PersonalDataPart("signups", jdbc.sql("""
                select s.id, s.activity_id, s.status, s.places, s.created_at, s.cancelled_at, s.referred_by is not null as referred,
                  s.establishment_plan, (select group_concat(concat(c.first_name, ' (', c.age, ')') order by c.position separator ', ')
                    from signup_companion c where c.signup_id = s.id) as companions
                from signup s where s.account_id = :account order by s.created_at, s.id""")
                .param("account", accountId)
                .query((row, number) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("activity", activities.headline(row.getLong("activity_id"), language).map(ActivityHeadline::title)
                            .orElse("#" + row.getLong("activity_id")));
                    record.put("status", row.getString("status"));
                    record.put("places", row.getInt("places"));
                    record.put("signed-up", row.getTimestamp("created_at").toInstant());
                    if (row.getTimestamp("cancelled_at") != null) {
                        record.put("cancelled", row.getTimestamp("cancelled_at").toInstant());
                    }
                    if (row.getString("companions") != null) {
                        record.put("companions", row.getString("companions"));
                    }
                    record.put("referred", row.getBoolean("referred"));
                    record.put("establishment-plan", row.getBoolean("establishment_plan"));
                    return record;
                }).list());
    }

    @Override
    public void erase(long accountId) {
        signups.cancelAllOf(accountId);
        jdbc.sql("delete from signup where account_id = ?").param(accountId).update();
    }
}
