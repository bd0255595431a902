package se.motesplats.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.Zones;
import se.motesplats.volunteering.Fluency;
import se.motesplats.volunteering.Gender;
import se.motesplats.volunteering.LanguageSkill;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.RecordType;
import se.motesplats.volunteering.RequestForm;
import se.motesplats.volunteering.SpokenLanguage;
import se.motesplats.volunteering.TimeSlot;
import se.motesplats.volunteering.Vetting;
import se.motesplats.volunteering.VolunteerForm;
import se.motesplats.volunteering.VolunteerService;

/**
 * Volunteers in every programme (some vetted, some still waiting for an interview or a
 * criminal-record check), newcomers' requests that have waited from a few days to past the 30-day
 * target, one suggestion waiting for an answer and one active language-friend match with meetings
 * logged. Everything goes through the services in the people's own names; only the dates are
 * moved back afterwards, so that waiting times and the follow-up reminders have something to show.
 * Loaded once: if Karin is already a volunteer, nothing is added.
 */
@Component
@Profile("demo")
class DemoVolunteering {

    /** The people this story adds beside the README's demo accounts. */
    static final List<String> PEOPLE = List.of("maria@motesplats.example", "johan@motesplats.example", "anders@motesplats.example",
            "birgitta@motesplats.example", "parviz@motesplats.example", "lisa@motesplats.example", "farid@motesplats.example",
            "ifrah@motesplats.example", "iryna@motesplats.example", "samir@motesplats.example");

    private static final String KRISTIANSTAD = DemoData.KRISTIANSTAD;
    private static final String HELSINGBORG = DemoData.HELSINGBORG;
    private static final String LUND = DemoData.LUND;

    private final AccountService accounts;
    private final VolunteerService volunteers;
    private final MatchingService matching;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoVolunteering(AccountService accounts, VolunteerService volunteers, MatchingService matching, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.matching = matching;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(SignedInPerson karin, SignedInPerson amina, SignedInPerson yonas, SignedInPerson coordinator) {
        if (DemoActor.as(karin, volunteers::mine).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        Vetting complete = new Vetting(today.minusWeeks(6), today.minusWeeks(5), today.minusWeeks(5), today.minusWeeks(6),
                RecordType.WORK_WITH_CHILDREN, today.plusYears(1));
        Vetting interviewOnly = new Vetting(today.minusDays(3), null, null, null, null, null);

        volunteer(karin, ProgrammeKind.LANGUAGE_FRIEND, LUND, List.of(well(SpokenLanguage.SWEDISH), some(SpokenLanguage.ARABIC)),
                Set.of(ActivityCategory.OUTDOORS, ActivityCategory.MUSIC), Set.of(TimeSlot.WEEKDAY_EVENING, TimeSlot.WEEKEND), Gender.WOMAN,
                List.of(), complete, coordinator);
        SignedInPerson maria = volunteer(person("maria@motesplats.example", "Maria"), ProgrammeKind.LANGUAGE_FRIEND, KRISTIANSTAD,
                List.of(well(SpokenLanguage.SWEDISH), well(SpokenLanguage.SPANISH), some(SpokenLanguage.ARABIC)),
                Set.of(ActivityCategory.CRAFTS, ActivityCategory.CULTURE_CAFE), Set.of(TimeSlot.WEEKDAY_DAYTIME, TimeSlot.WEEKEND),
                Gender.WOMAN, List.of(), complete, coordinator);
        SignedInPerson johan = volunteer(person("johan@motesplats.example", "Johan"), ProgrammeKind.REFUGEE_GUIDE, HELSINGBORG,
                List.of(well(SpokenLanguage.SWEDISH), well(SpokenLanguage.ENGLISH)), Set.of(ActivityCategory.SPORT),
                Set.of(TimeSlot.WEEKDAY_EVENING), Gender.MAN, List.of(), complete, coordinator);
        volunteer(person("anders@motesplats.example", "Anders"), ProgrammeKind.CONTACT_FAMILY, LUND,
                List.of(well(SpokenLanguage.SWEDISH), some(SpokenLanguage.ENGLISH)), Set.of(ActivityCategory.OUTDOORS, ActivityCategory.SPORT),
                Set.of(TimeSlot.WEEKEND), null, List.of(6, 10), complete, coordinator);
        volunteer(person("birgitta@motesplats.example", "Birgitta"), ProgrammeKind.MENTOR, KRISTIANSTAD,
                List.of(well(SpokenLanguage.SWEDISH), well(SpokenLanguage.GERMAN)), Set.of(ActivityCategory.STUDY_CIRCLE),
                Set.of(TimeSlot.WEEKDAY_DAYTIME), Gender.WOMAN, List.of(), interviewOnly, coordinator);
        volunteer(person("parviz@motesplats.example", "Parviz"), ProgrammeKind.REFUGEE_GUIDE, HELSINGBORG,
                List.of(well(SpokenLanguage.SWEDISH), well(SpokenLanguage.DARI), well(SpokenLanguage.PERSIAN)),
                Set.of(ActivityCategory.SPORT, ActivityCategory.HOMEWORK_HELP), Set.of(TimeSlot.WEEKDAY_EVENING, TimeSlot.WEEKEND), Gender.MAN,
                List.of(), null, coordinator);
        volunteer(person("lisa@motesplats.example", "Lisa"), ProgrammeKind.CONTACT_FAMILY, KRISTIANSTAD,
                List.of(well(SpokenLanguage.SWEDISH)), Set.of(ActivityCategory.CRAFTS), Set.of(TimeSlot.WEEKEND), Gender.WOMAN, List.of(3, 7),
                interviewOnly, coordinator);

        long aminaAsks = ask(amina, ProgrammeKind.LANGUAGE_FRIEND, KRISTIANSTAD, Set.of(SpokenLanguage.ARABIC),
                Set.of(ActivityCategory.CRAFTS), Set.of(TimeSlot.WEEKDAY_DAYTIME), List.of(), 40);
        ask(yonas, ProgrammeKind.LANGUAGE_FRIEND, LUND, Set.of(SpokenLanguage.TIGRINYA, SpokenLanguage.ENGLISH),
                Set.of(ActivityCategory.SPORT, ActivityCategory.MUSIC), Set.of(TimeSlot.WEEKEND), List.of(), 12);
        ask(newcomer("farid@motesplats.example", "Farid", SupportedLanguage.DARI), ProgrammeKind.REFUGEE_GUIDE, HELSINGBORG,
                Set.of(SpokenLanguage.DARI), Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKDAY_EVENING), List.of(), 35);
        ask(newcomer("ifrah@motesplats.example", "Ifrah", SupportedLanguage.SOMALI), ProgrammeKind.CONTACT_FAMILY, LUND,
                Set.of(SpokenLanguage.SOMALI, SpokenLanguage.ENGLISH), Set.of(ActivityCategory.OUTDOORS), Set.of(TimeSlot.WEEKEND),
                List.of(5, 9), 20);
        ask(newcomer("iryna@motesplats.example", "Iryna", SupportedLanguage.UKRAINIAN), ProgrammeKind.MENTOR, KRISTIANSTAD,
                Set.of(SpokenLanguage.UKRAINIAN, SpokenLanguage.ENGLISH, SpokenLanguage.GERMAN), Set.of(ActivityCategory.STUDY_CIRCLE),
                Set.of(TimeSlot.WEEKDAY_DAYTIME), List.of(), 6);
        SignedInPerson samir = newcomer("samir@motesplats.example", "Samir", SupportedLanguage.ARABIC);
        long samirAsks = ask(samir, ProgrammeKind.REFUGEE_GUIDE, HELSINGBORG, Set.of(SpokenLanguage.ARABIC, SpokenLanguage.ENGLISH),
                Set.of(ActivityCategory.SPORT), Set.of(TimeSlot.WEEKDAY_EVENING), List.of(), 9);

        // Johan has said yes to Samir; Samir has not answered yet
        long proposed = DemoActor.as(coordinator, () -> matching.propose(samirAsks, johan.accountId()));
        DemoActor.as(johan, () -> matching.accept(proposed));
        // Amina and Maria have met three times since they were matched five weeks ago
        long active = DemoActor.as(coordinator, () -> matching.propose(aminaAsks, maria.accountId()));
        DemoActor.as(maria, () -> matching.accept(active));
        DemoActor.as(amina, () -> matching.accept(active));
        jdbc.sql("update volunteer_match set proposed_at = ?, active_since = ? where id = ?")
                .params(clock.instant().minus(Duration.ofDays(37)), clock.instant().minus(Duration.ofDays(35)), active).update();
        for (int weeksAgo : List.of(4, 2, 0)) {
            DemoActor.run(maria, () -> matching.logMeeting(active, today.minusWeeks(weeksAgo)));
        }
    }

    private SignedInPerson person(String email, String firstName) {
        long id = accounts.ensureAccount(email, firstName, SupportedLanguage.SWEDISH, List.of(Roles.PARTICIPANT));
        return new SignedInPerson(id, firstName, Set.of(Roles.PARTICIPANT));
    }

    private SignedInPerson newcomer(String email, String firstName, SupportedLanguage language) {
        long id = accounts.ensureAccount(email, firstName, language, List.of(Roles.PARTICIPANT));
        return new SignedInPerson(id, firstName, Set.of(Roles.PARTICIPANT));
    }

    private SignedInPerson volunteer(SignedInPerson person, ProgrammeKind kind, String municipality, List<LanguageSkill> languages,
            Set<ActivityCategory> interests, Set<TimeSlot> times, @Nullable Gender gender, List<Integer> children, @Nullable Vetting vetting,
            SignedInPerson coordinator) {
        DemoActor.run(person, () -> volunteers.signUp(new VolunteerForm(Set.of(kind), municipality, languages, interests, times, gender, false,
                children, kind == ProgrammeKind.CONTACT_FAMILY ? 1 : 2), true, SupportedLanguage.SWEDISH));
        if (vetting != null) {
            DemoActor.run(coordinator, () -> volunteers.recordVetting(person.accountId(), kind, vetting));
        }
        return new SignedInPerson(person.accountId(), person.firstName(), Set.of(Roles.PARTICIPANT, Roles.VOLUNTEER));
    }

    /** A request as the newcomer sent it, then dated back so the queue shows real waiting times. */
    private long ask(SignedInPerson newcomer, ProgrammeKind kind, String municipality, Set<SpokenLanguage> languages,
            Set<ActivityCategory> interests, Set<TimeSlot> times, List<Integer> children, int daysAgo) {
        long id = DemoActor.as(newcomer, () -> matching.ask(new RequestForm(kind, municipality, languages, interests, times, null, false,
                children), true, SupportedLanguage.SWEDISH));
        jdbc.sql("update match_request set created_at = ? where id = ?").params(clock.instant().minus(Duration.ofDays(daysAgo)), id).update();
        return id;
    }

    private static LanguageSkill well(SpokenLanguage language) {
        return new LanguageSkill(language, Fluency.WELL);
    }

    private static LanguageSkill some(SpokenLanguage language) {
        return new LanguageSkill(language, Fluency.SOME);
    }
}
