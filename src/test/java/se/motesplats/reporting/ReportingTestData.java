package se.motesplats.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityDraft;
import se.motesplats.activity.ActivityPlan;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityText;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.Schedule;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.activity.Venue;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;

/**
 * Activities of new associations in the reporting tests' own municipalities, with meetings at
 * chosen times and check-ins written as the attendance module stores them. Tests that count expect
 * what was there before plus their own new people and meetings, so they may share the municipalities.
 */
@Component
class ReportingTestData {

    static final String JONKOPING = "0680";
    static final String VAXJO = "0780";

    private final ActivityService activities;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportingTestData(ActivityService activities, OrganisationService organisations, AccountService accounts, JdbcClient jdbc, Clock clock) {
        this.activities = activities;
        this.organisations = organisations;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Activity(long id, long organisationId, String organisationName, long leader) {
    }

    /** A published weekly activity of a new association in the municipality; its meetings in the past are added with {@link #meeting}. */
    Activity activity(String municipality, String association, ActivityCategory category, TargetGroup targetGroup) {
        String name = association + " " + UUID.randomUUID().toString().substring(0, 8);
        long leader = accounts.ensureAccount("ledare-" + UUID.randomUUID() + "@motesplats.test", "Lina", SupportedLanguage.SWEDISH,
                List.of(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER));
        AtomicLong organisation = new AtomicLong();
        AtomicLong activity = new AtomicLong();
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
        SystemActor.runAsAdministrator(() -> {
            organisation.set(organisations.add(name, OrganisationKind.CULTURAL_ASSOCIATION, municipality).id());
            organisations.addMember(organisation.get(), leader, OrganisationRole.LEADER);
            organisations.verify(organisation.get());
            activity.set(activities.createDraft(new ActivityDraft(organisation.get(), SupportedLanguage.SWEDISH,
                    Map.of(SupportedLanguage.SWEDISH, new ActivityText(name, "Beskrivning")), category, targetGroup, SwedishLevel.NONE,
                    Set.of(SupportedLanguage.ARABIC), new Venue(municipality, "Biblioteket", "Gatan 1", null, null, true, false), 0, false, true,
                    null, AgeRange.ANY, new ActivityPlan(true, false, true, "Plan", 10, null),
                    Schedule.weekly(tomorrow, LocalTime.of(18, 0), 120, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(2)))));
            activities.submit(activity.get());
            activities.approve(activity.get());
            activities.publish(activity.get());
        });
        return new Activity(activity.get(), organisation.get(), name, leader);
    }

    /** The activity's meeting place pinned on the map. */
    void pin(long activity, double latitude, double longitude) {
        jdbc.sql("update activity set latitude = ?, longitude = ? where id = ?").params(latitude, longitude, activity).update();
    }

    long meeting(long activity, Instant startsAt) {
        jdbc.sql("insert into occurrence (activity_id, planned_start, starts_at, ends_at, cancelled) values (?, ?, ?, ?, false)")
                .params(activity, startsAt, startsAt, startsAt.plus(2, ChronoUnit.HOURS)).update();
        return jdbc.sql("select id from occurrence where activity_id = ? and planned_start = ?").params(activity, startsAt).query(Long.class)
                .single();
    }

    void present(long meeting, long person, boolean leader) {
        jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id, leader, present, checked_in_at, method)
                values (?, ?, ?, ?, true, current_timestamp(3), 'QR')""").params(meeting, "p" + person, person, leader).update();
    }

    /** A check-in that was undone. */
    void notPresent(long meeting, long person) {
        jdbc.sql("insert into attendance (occurrence_id, attendee, account_id, leader, present) values (?, ?, ?, false, false)")
                .params(meeting, "p" + person, person).update();
    }

    void walkIn(long meeting) {
        jdbc.sql("""
                insert into attendance (occurrence_id, attendee, walk_in_name, leader, present, checked_in_at, method)
                values (?, ?, 'Ali', false, true, current_timestamp(3), 'LEADER')""").params(meeting, "w" + UUID.randomUUID()).update();
    }

    void noShow(long activity, long meeting, long person) {
        jdbc.sql("""
                insert ignore into signup (activity_id, occurrence_id, account_id, status, places, created_at, queued_at)
                values (?, 0, ?, 'CONFIRMED', 1, current_timestamp(6), current_timestamp(6))""").params(activity, person).update();
        long signup = jdbc.sql("select id from signup where activity_id = ? and occurrence_id = 0 and account_id = ?").params(activity, person)
                .query(Long.class).single();
        jdbc.sql("insert into attendance_no_show (occurrence_id, signup_id, account_id) values (?, ?, ?)").params(meeting, signup, person)
                .update();
    }
}
