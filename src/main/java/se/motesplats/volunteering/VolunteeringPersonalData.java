package se.motesplats.volunteering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataHolder;
import se.motesplats.privacy.PersonalDataPart;

/**
 * A volunteer's sign-up and vetting, a newcomer's requests, the matches on either side, meetings
 * logged, follow-up answers and concerns the person reported. Erasing ends open matches and tells
 * the other side; a newcomer whose volunteer left keeps their place in the queue. Concerns stay for
 * safeguarding, without the reporter.
 */
@Component
class VolunteeringPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final AreaService areas;
    private final MatchNotices notices;
    private final Clock clock;

    VolunteeringPersonalData(JdbcClient jdbc, AreaService areas, MatchNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        List<Map<String, Object>> records = new ArrayList<>();
        jdbc.sql("""
                select municipality_code, languages, interests, time_slots, gender, same_gender_only, children_ages, max_matches,
                  paused_at, joined_at from volunteer where account_id = ?""").param(accountId)
                .query(row -> {
                    Map<String, Object> record = record("volunteer", row.getTimestamp("joined_at").toInstant());
                    wishes(row, record);
                    record.put("matches-at-once", row.getInt("max_matches"));
                    record.put("paused", row.getTimestamp("paused_at") != null);
                    records.add(record);
                });
        jdbc.sql("""
                select p.kind, vp.applied_at, vp.interview_on, vp.training_on, vp.agreement_on, vp.record_checked_on, vp.record_type,
                  vp.record_valid_until from volunteer_programme vp join programme p on p.id = vp.programme_id where vp.account_id = ?""")
                .param(accountId)
                .query(row -> {
                    Map<String, Object> record = record("programme", row.getTimestamp("applied_at").toInstant());
                    record.put("programme", ProgrammeKind.valueOf(row.getString("kind")));
                    for (String day : List.of("interview_on", "training_on", "agreement_on", "record_checked_on", "record_valid_until")) {
                        if (row.getDate(day) != null) {
                            record.put(day.replace('_', '-'), row.getDate(day).toLocalDate());
                        }
                    }
                    if (row.getString("record_type") != null) {
                        record.put("record-type", row.getString("record_type"));
                    }
                    records.add(record);
                });
        jdbc.sql("""
                select r.*, p.kind from match_request r join programme p on p.id = r.programme_id where r.account_id = ? order by r.created_at""")
                .param(accountId)
                .query(row -> {
                    Map<String, Object> record = record("request", row.getTimestamp("created_at").toInstant());
                    record.put("programme", ProgrammeKind.valueOf(row.getString("kind")));
                    wishes(row, record);
                    record.put("status", row.getString("status"));
                    record.put("referred", row.getObject("referred_by") != null);
                    records.add(record);
                });
        jdbc.sql("""
                select m.id, p.kind, m.volunteer_id = :me as as_volunteer, m.status, m.proposed_at, m.active_since, m.ended_at, m.end_reason,
                  (select group_concat(mm.met_on order by mm.met_on separator ', ') from match_meeting mm where mm.match_id = m.id) as met,
                  (select group_concat(concat(f.round, ': ', f.answer) separator ', ') from match_follow_up f
                    where f.match_id = m.id and f.account_id = :me) as follow_up
                from volunteer_match m join match_request r on r.id = m.request_id join programme p on p.id = r.programme_id
                where m.volunteer_id = :me or r.account_id = :me order by m.proposed_at""")
                .param("me", accountId)
                .query(row -> {
                    Map<String, Object> record = record("match", row.getTimestamp("proposed_at").toInstant());
                    record.put("programme", ProgrammeKind.valueOf(row.getString("kind")));
                    record.put("as-volunteer", row.getBoolean("as_volunteer"));
                    record.put("status", row.getString("status"));
                    if (row.getTimestamp("active_since") != null) {
                        record.put("active-since", row.getTimestamp("active_since").toInstant());
                    }
                    if (row.getTimestamp("ended_at") != null) {
                        record.put("ended", row.getTimestamp("ended_at").toInstant());
                    }
                    if (row.getString("end_reason") != null) {
                        record.put("end-reason", EndReason.valueOf(row.getString("end_reason")));
                    }
                    if (row.getString("met") != null) {
                        record.put("met-on", row.getString("met"));
                    }
                    if (row.getString("follow_up") != null) {
                        record.put("follow-up", row.getString("follow_up"));
                    }
                    records.add(record);
                });
        jdbc.sql("select about, description, reported_at from volunteer_concern where reported_by = ?").param(accountId)
                .query(row -> {
                    Map<String, Object> record = record("concern", row.getTimestamp("reported_at").toInstant());
                    record.put("about", row.getString("about"));
                    record.put("description", row.getString("description"));
                    records.add(record);
                });
        return new PersonalDataPart("volunteering", records);
    }

    private static Map<String, Object> record(String kind, Instant when) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("kind", kind);
        record.put("since", when);
        return record;
    }

    /** The answers a volunteer's sign-up and a newcomer's request share. */
    private void wishes(ResultSet row, Map<String, Object> record) throws SQLException {
        record.put("municipality", areas.municipalityName(row.getString("municipality_code")));
        record.put("languages", row.getString("languages"));
        record.put("interests", row.getString("interests"));
        record.put("free-time", row.getString("time_slots"));
        if (row.getString("gender") != null) {
            record.put("gender", Gender.valueOf(row.getString("gender")));
            record.put("same-gender-only", row.getBoolean("same_gender_only"));
        }
        if (!row.getString("children_ages").isEmpty()) {
            record.put("children-ages", row.getString("children_ages"));
        }
    }

    @Override
    public void erase(long accountId) {
        Instant now = clock.instant();
        jdbc.sql("""
                select m.id, m.volunteer_id, r.account_id as newcomer_id, m.request_id, p.kind from volunteer_match m
                join match_request r on r.id = m.request_id join programme p on p.id = r.programme_id
                where m.status in ('PROPOSED', 'ACTIVE') and (m.volunteer_id = :me or r.account_id = :me) for update""")
                .param("me", accountId)
                .query((row, number) -> new OpenMatch(row.getLong("id"), row.getLong("volunteer_id"), row.getLong("newcomer_id"),
                        row.getLong("request_id"), ProgrammeKind.valueOf(row.getString("kind"))))
                .list()
                .forEach(match -> {
                    jdbc.sql("update volunteer_match set status = 'ENDED', ended_at = ?, end_reason = 'LEFT' where id = ?")
                            .params(now, match.id()).update();
                    long other = match.volunteerId() == accountId ? match.newcomerId() : match.volunteerId();
                    if (match.volunteerId() == accountId) {
                        jdbc.sql("update match_request set status = 'WAITING' where id = ?").param(match.requestId()).update();
                    }
                    notices.tell(other, "volunteering.notice.ended", match.programme(), Map.of(), "ended:" + match.id());
                });
        jdbc.sql("delete from match_request where account_id = ?").param(accountId).update();
        jdbc.sql("delete from volunteer where account_id = ?").param(accountId).update();
    }

    private record OpenMatch(long id, long volunteerId, long newcomerId, long requestId, ProgrammeKind programme) {
    }
}
