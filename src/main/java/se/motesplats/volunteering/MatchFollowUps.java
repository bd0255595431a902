package se.motesplats.volunteering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.shared.Zones;

/**
 * Keeps matches from going quiet: a reminder when an active match has logged no meeting after
 * {@value #FIRST_CONTACT_DAYS} days, a "how is it going?" to both after a month, a question at the
 * end of the programme's period, and a reminder to volunteers {@value #RECORD_WARNING_DAYS} days
 * before their criminal-record check runs out. Once-keys make each go out once, whichever node runs.
 */
@Component
class MatchFollowUps {

    static final int FIRST_CONTACT_DAYS = 7;
    static final int RECORD_WARNING_DAYS = 30;

    private final JdbcClient jdbc;
    private final MatchNotices notices;
    private final Clock clock;

    MatchFollowUps(JdbcClient jdbc, MatchNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motesplats.matching.follow-up-every:PT1H}")
    @SchedulerLock(name = "match-follow-ups")
    @Transactional
    public void followUp() {
        Instant now = clock.instant();
        ZonedDateTime here = now.atZone(Zones.STOCKHOLM);
        jdbc.sql("""
                select m.id, m.volunteer_id, r.account_id as newcomer_id, p.kind, p.period_months, m.active_since,
                  exists (select 1 from match_meeting mm where mm.match_id = m.id) as met
                from volunteer_match m join match_request r on r.id = m.request_id join programme p on p.id = r.programme_id
                join volunteer v on v.account_id = m.volunteer_id
                where m.status = 'ACTIVE' and v.paused_at is null""")
                .query(row -> {
                    long match = row.getLong("id");
                    ProgrammeKind kind = ProgrammeKind.valueOf(row.getString("kind"));
                    ZonedDateTime since = row.getTimestamp("active_since").toInstant().atZone(Zones.STOCKHOLM);
                    long volunteer = row.getLong("volunteer_id");
                    long newcomer = row.getLong("newcomer_id");
                    if (!row.getBoolean("met") && !since.plusDays(FIRST_CONTACT_DAYS).isAfter(here)) {
                        notices.tell(volunteer, "volunteering.notice.first-contact", kind, Map.of(), "first-contact:" + match);
                    }
                    FollowUp.due(since.toInstant(), row.getInt("period_months"), now).ifPresent(round -> {
                        switch (round) {
                            case ONE_MONTH -> bothSides(match, volunteer, newcomer, kind, "volunteering.notice.follow-up", "follow-up:");
                            case PERIOD_END -> bothSides(match, volunteer, newcomer, kind, "volunteering.notice.period-over", "period-over:");
                        }
                    });
                });
        LocalDate today = here.toLocalDate();
        jdbc.sql("""
                select vp.account_id, p.kind, vp.record_valid_until from volunteer_programme vp join programme p on p.id = vp.programme_id
                where p.needs_record_check and vp.record_valid_until between :today and :warnFrom""")
                .param("today", today).param("warnFrom", today.plusDays(RECORD_WARNING_DAYS))
                .query(row -> {
                    LocalDate until = row.getObject("record_valid_until", LocalDate.class);
                    ProgrammeKind kind = ProgrammeKind.valueOf(row.getString("kind"));
                    notices.tell(row.getLong("account_id"), "volunteering.notice.record-expires", kind,
                            Map.of("until", until), "record-expires:" + row.getLong("account_id") + ":" + kind + ":" + until);
                });
    }

    private void bothSides(long match, long volunteer, long newcomer, ProgrammeKind kind, String template, String keyPrefix) {
        notices.tell(volunteer, template, kind, Map.of(), keyPrefix + match + ":v");
        notices.tell(newcomer, template, kind, Map.of(), keyPrefix + match + ":n");
    }
}
