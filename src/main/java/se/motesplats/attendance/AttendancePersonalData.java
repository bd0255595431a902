package se.motesplats.attendance;

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
 * The person's check-ins. Erasing keeps them for funding audits but cuts the link to the account:
 * the attendee key ('p' and a number) then leads to no one, and still counts each person once.
 */
@Component
class AttendancePersonalData implements PersonalDataHolder {

    private final ActivityService activities;
    private final JdbcClient jdbc;

    AttendancePersonalData(ActivityService activities, JdbcClient jdbc) {
        this.activities = activities;
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        return new PersonalDataPart("attendance", jdbc.sql("""
                select occurrence_id, leader, present, checked_in_at, method from attendance
                where account_id = :account order by occurrence_id""")
                .param("account", accountId)
                .query((row, number) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    activities.meeting(row.getLong("occurrence_id")).ifPresent(meeting -> {
                        record.put("activity", activities.headline(meeting.activityId(), language).map(ActivityHeadline::title).orElse(""));
                        record.put("meeting", meeting.occurrence().startsAt());
                    });
                    record.put("present", row.getBoolean("present"));
                    record.put("leader", row.getBoolean("leader"));
                    if (row.getTimestamp("checked_in_at") != null) {
                        record.put("checked-in", row.getTimestamp("checked_in_at").toInstant());
                        record.put("method", row.getString("method"));
                    }
                    return record;
                }).list());
    }

    @Override
    public void erase(long accountId) {
        // the first name a leader typed for someone registered at the door goes too
        jdbc.sql("update attendance set account_id = null, walk_in_name = null where account_id = ?").param(accountId).update();
        jdbc.sql("update attendance_mark set walk_in_name = null where attendee = ?").param(Attendee.person(accountId).key()).update();
        jdbc.sql("delete from attendance_no_show where account_id = ?").param(accountId).update();
    }
}
