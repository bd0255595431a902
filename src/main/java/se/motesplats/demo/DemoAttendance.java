package se.motesplats.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.Meeting;
import se.motesplats.activity.SignupTerms;
import se.motesplats.attendance.Attendee;
import se.motesplats.attendance.AttendanceService;
import se.motesplats.attendance.Mark;
import se.motesplats.attendance.RollCall;
import se.motesplats.attendance.RollCallEntry;
import se.motesplats.attendance.SyncOutcome;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.Zones;
import se.motesplats.signup.Companion;
import se.motesplats.signup.SignupService;

/**
 * The past meetings of three demo activities with the roll calls their leaders would have sent, so
 * that organisers' and coordinators' views have something true to show: most of the people with a
 * place come (60–90 %), some do not, now and then someone walks in, and once the sewing circle's
 * leader was away, so the coordinator entered that evening afterwards and the meeting misses the
 * one-leader-per-ten rule. Pseudo-random from fixed seeds, so every demo tells the same story.
 * A meeting where anyone is already marked present is left alone, so a restart adds nothing twice
 * and never rewrites a roll call someone took in the demo; today's meetings are left for trying it.
 */
@Component
@Profile("demo")
class DemoAttendance {

    /** How far back roll calls are filled in; the demo's schedules start six weeks before today. */
    static final int WEEKS_BACK = 8;
    private static final long SEED = 1_500L;

    /** A newcomer with a place at a demo activity, and the children they bring; not among the README's demo accounts. */
    record Newcomer(String email, String firstName, SupportedLanguage language, List<Companion> companions) {

        Newcomer(String email, String firstName, SupportedLanguage language) {
            this(email, firstName, language, List.of());
        }
    }

    /**
     * Who comes to an activity's meetings: the people with a place (none for a drop-in activity),
     * how many walk in (one value drawn per meeting), and whether the leader missed one meeting.
     */
    record Attended(String svTitle, List<Newcomer> signedUp, List<Integer> walkIns, boolean leaderAwayOnce) {
    }

    static final List<Attended> ACTIVITIES = List.of(
            new Attended("Syjunta för kvinnor", List.of(
                    new Newcomer("fatima@motesplats.example", "Fatima", SupportedLanguage.ARABIC),
                    new Newcomer("hodan@motesplats.example", "Hodan", SupportedLanguage.SOMALI),
                    new Newcomer("nasrin@motesplats.example", "Nasrin", SupportedLanguage.PERSIAN),
                    new Newcomer("selam@motesplats.example", "Selam", SupportedLanguage.TIGRINYA),
                    new Newcomer("maryam@motesplats.example", "Maryam", SupportedLanguage.DARI),
                    new Newcomer("aisha@motesplats.example", "Aisha", SupportedLanguage.ARABIC, List.of(new Companion("Yusuf", 4))),
                    new Newcomer("olena@motesplats.example", "Olena", SupportedLanguage.UKRAINIAN),
                    new Newcomer("rojin@motesplats.example", "Rojin", SupportedLanguage.KURDISH_SORANI),
                    new Newcomer("zarghona@motesplats.example", "Zarghona", SupportedLanguage.PASHTO)),
                    List.of(0, 0, 0, 1, 1, 2), true),
            new Attended("Kör för alla", List.of(
                    new Newcomer("dawit@motesplats.example", "Dawit", SupportedLanguage.TIGRINYA),
                    new Newcomer("ahmad@motesplats.example", "Ahmad", SupportedLanguage.ARABIC),
                    new Newcomer("oksana@motesplats.example", "Oksana", SupportedLanguage.UKRAINIAN),
                    new Newcomer("bashir@motesplats.example", "Bashir", SupportedLanguage.PASHTO),
                    new Newcomer("mohamed@motesplats.example", "Mohamed", SupportedLanguage.SOMALI),
                    new Newcomer("leyla@motesplats.example", "Leyla", SupportedLanguage.KURDISH_KURMANJI),
                    new Newcomer("reza@motesplats.example", "Reza", SupportedLanguage.PERSIAN),
                    new Newcomer("hiwet@motesplats.example", "Hiwet", SupportedLanguage.TIGRINYA)),
                    List.of(0, 0, 0, 0, 1), false),
            // drop-in: nobody signs up to a past meeting, everyone who came was marked at the door
            new Attended("Språkkafé på biblioteket", List.of(), List.of(4, 5, 6, 6, 7, 8, 9), false));

    private static final List<String> WALK_IN_NAMES = List.of("Ali", "Samira", "Tesfay", "Nadia", "Jamal", "Amal", "Kidane",
            "Rana", "Farid", "Sanaa", "Hussein", "Mina", "Abdi", "Parisa", "Yaroslav", "Luwam");

    private final AccountService accounts;
    private final ActivityService activities;
    private final SignupService signups;
    private final AttendanceService attendance;
    private final Clock clock;

    DemoAttendance(AccountService accounts, ActivityService activities, SignupService signups, AttendanceService attendance,
            Clock clock) {
        this.accounts = accounts;
        this.activities = activities;
        this.signups = signups;
        this.attendance = attendance;
        this.clock = clock;
    }

    /**
     * Signs the newcomers up and fills in the past roll calls. Call as an administrator.
     *
     * @param activityIds the demo activities by Swedish title
     * @param leaders the association member who leads each activity, by Swedish title
     * @param coordinator who enters a roll call afterwards when the leader was away
     */
    void load(Map<String, Long> activityIds, Map<String, SignedInPerson> leaders, SignedInPerson coordinator) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<Meeting> past = activities.meetingsStartingBetween(today.minusWeeks(WEEKS_BACK).atStartOfDay(Zones.STOCKHOLM).toInstant(),
                today.atStartOfDay(Zones.STOCKHOLM).toInstant());
        for (Attended activity : ACTIVITIES) {
            Long activityId = activityIds.get(activity.svTitle());
            SignedInPerson leader = leaders.get(activity.svTitle());
            if (activityId == null || leader == null) {
                continue;
            }
            signUp(activityId, activity.signedUp());
            List<Meeting> meetings = past.stream().filter(meeting -> meeting.activityId() == activityId).toList();
            for (int index = 0; index < meetings.size(); index++) {
                // the leader missed the third-latest meeting, so it stays among the past ones for weeks
                boolean leaderAway = activity.leaderAwayOnce() && index == Math.max(0, meetings.size() - 3);
                rollCall(activity, meetings.get(index), index, leaderAway ? coordinator : leader, leaderAway);
            }
        }
    }

    /** Whole-activity sign-ups, made now, for those without a place yet; none for a drop-in activity. */
    private void signUp(long activityId, List<Newcomer> newcomers) {
        if (activities.signupTerms(activityId).map(SignupTerms::dropIn).orElse(true)) {
            return;
        }
        for (Newcomer newcomer : newcomers) {
            long accountId = accounts.ensureAccount(newcomer.email(), newcomer.firstName(), newcomer.language(),
                    List.of(Roles.PARTICIPANT));
            // asked first, so restarts do not count against the person's sign-up limit
            DemoActor.as(new SignedInPerson(accountId, newcomer.firstName(), Set.of(Roles.PARTICIPANT)),
                    () -> signups.mineFor(activityId).isEmpty() ? signups.signUp(activityId, null, newcomer.companions()) : null);
        }
    }

    /** The roll call of one meeting, drawn from a seed of the activity and the meeting's place in the list, not from the date. */
    private void rollCall(Attended activity, Meeting meeting, int number, SignedInPerson recorder, boolean leaderAway) {
        long meetingId = meeting.occurrence().id();
        RollCall rollCall = DemoActor.as(recorder, () -> attendance.rollCall(meetingId, SupportedLanguage.SWEDISH));
        if (rollCall.entries().stream().anyMatch(RollCallEntry::present)) {
            return;
        }
        Instant start = meeting.occurrence().startsAt();
        Random random = new Random(SEED + 31L * activity.svTitle().hashCode() + number);
        List<Mark> marks = new ArrayList<>();
        List<RollCallEntry> entries = rollCall.entries();
        if (!leaderAway) {
            entries.stream().filter(entry -> entry.group() == RollCallEntry.Group.LEADER)
                    .forEach(leader -> marks.add(present(meetingId, leader.attendee(), start.minusSeconds(random.nextInt(5 * 60, 20 * 60)),
                            true, null)));
        }
        // companions come with the person whose sign-up they are on, who is listed just before them
        List<String> people = entries.stream().filter(entry -> entry.group() == RollCallEntry.Group.SIGNED_UP)
                .map(RollCallEntry::attendee).toList();
        List<String> comingPeople = new ArrayList<>(people);
        Collections.shuffle(comingPeople, random);
        int fewest = (int) Math.ceil(0.6 * people.size());
        int coming = Math.clamp(Math.round((0.6 + 0.3 * random.nextDouble()) * people.size()), fewest,
                Math.max(fewest, (int) Math.floor(0.9 * people.size())));
        comingPeople = comingPeople.subList(0, coming);
        String cameWith = "";
        for (RollCallEntry entry : entries) {
            if (entry.group() == RollCallEntry.Group.SIGNED_UP) {
                cameWith = entry.attendee();
            }
            boolean signedUp = entry.group() == RollCallEntry.Group.SIGNED_UP || entry.group() == RollCallEntry.Group.COMPANION;
            if (signedUp && comingPeople.contains(cameWith)) {
                marks.add(present(meetingId, entry.attendee(), start.plusSeconds(random.nextInt(-10 * 60, 15 * 60)), false, null));
            }
        }
        int walkIns = activity.walkIns().get(random.nextInt(activity.walkIns().size()));
        List<String> names = new ArrayList<>(WALK_IN_NAMES);
        Collections.shuffle(names, random);
        for (int index = 0; index < walkIns; index++) {
            UUID walkIn = UUID.nameUUIDFromBytes(("demo-walk-in:" + meetingId + ":" + index).getBytes(StandardCharsets.UTF_8));
            marks.add(present(meetingId, Attendee.walkIn(walkIn).key(), start.plusSeconds(random.nextInt(0, 25 * 60)), false,
                    names.get(index)));
        }
        List<SyncOutcome> refused = DemoActor.as(recorder, () -> attendance.sync(marks)).stream()
                .filter(outcome -> outcome.result() == SyncOutcome.Result.REFUSED).toList();
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Demo roll call of meeting " + meetingId + " refused: " + refused);
        }
    }

    /** A mark with an id made from the meeting and the person, so sending it again is recognised. */
    private static Mark present(long meetingId, String attendee, Instant at, boolean leader, @Nullable String walkInName) {
        UUID clientId = UUID.nameUUIDFromBytes(("demo-mark:" + meetingId + ":" + attendee).getBytes(StandardCharsets.UTF_8));
        return new Mark(clientId, meetingId, attendee, Mark.Kind.PRESENT, at, leader, walkInName);
    }
}
