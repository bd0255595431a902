package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

class OutcomesModuleTest extends ModuleTestBase {

    @Autowired OutcomeService outcomes;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired ReportingTestData data;
    @Autowired AreaService areas;

    private long person(String name) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
    }

    private void present(long accountId, List<Long> meetings) {
        meetings.forEach(meeting -> jdbc.sql("""
                insert into attendance (occurrence_id, attendee, account_id, present, checked_in_at, method)
                values (?, ?, ?, true, ?, 'QR')""").params(meeting, "p" + accountId, accountId, clock.instant()).update());
    }

    private int notices(long accountId, long activityId) {
        return jdbc.sql("select count(*) from notification_delivery where once_key = ?").param("outcome:" + accountId + ":" + activityId)
                .query(Integer.class).single();
    }

    @Test
    void participantsAreAskedOnceAfterThreeMeetingsAndOrganisersSeeOnlyCountsFromThreeAnswers() {
        PublishedActivities.Published activity = published.weekly("Utfall språkkafé", 30, false);
        List<Long> meetings = jdbc.sql("select id from occurrence where activity_id = ? order by starts_at limit 3")
                .param(activity.activityId()).query(Long.class).list();
        long amal = person("Amal");
        long berhane = person("Berhane");
        long cawo = person("Cawo");
        long twice = person("Dawit");
        present(amal, meetings);
        present(berhane, meetings);
        present(cawo, meetings);
        present(twice, meetings.subList(0, 2));

        outcomes.askDue();
        clock.advance(java.time.Duration.ofSeconds(1));
        outcomes.askDue();

        assertThat(notices(amal, activity.activityId())).as("asked once, with a notice").isEqualTo(1);
        assertThat(notices(twice, activity.activityId())).as("two meetings are not enough").isZero();
        assertThat(callAs(amal, () -> outcomes.askedOfMe(SupportedLanguage.SWEDISH), Roles.PARTICIPANT))
                .extracting(OutcomeService.AskedActivity::activityId).containsExactly(activity.activityId());

        as(amal, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.PRACTISED_SWEDISH, OutcomeLevel.A_LOT,
                OutcomeQuestion.MET_PEOPLE, OutcomeLevel.A_LITTLE)), Roles.PARTICIPANT);
        assertThatThrownBy(() -> as(amal, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.FEEL_BETTER, OutcomeLevel.NO)),
                Roles.PARTICIPANT)).isInstanceOf(RuleViolation.class).hasMessage("reporting.outcome.rule.not-asked");
        assertThatThrownBy(() -> as(twice, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.FEEL_BETTER, OutcomeLevel.NO)),
                Roles.PARTICIPANT)).as("only those asked").isInstanceOf(RuleViolation.class);
        long leader = activity.leaderId();
        assertThat(callAs(leader, () -> outcomes.ofActivity(activity.activityId()), Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER))
                .as("one answer could be told apart").isEmpty();

        as(berhane, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.PRACTISED_SWEDISH, OutcomeLevel.A_LOT,
                OutcomeQuestion.FEEL_BETTER, OutcomeLevel.A_LOT)), Roles.PARTICIPANT);
        as(cawo, () -> outcomes.answer(activity.activityId(), Map.of(OutcomeQuestion.PRACTISED_SWEDISH, OutcomeLevel.NO)), Roles.PARTICIPANT);

        OutcomeService.OutcomeSummary summary = callAs(leader, () -> outcomes.ofActivity(activity.activityId()).orElseThrow(),
                Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        assertThat(summary.answers()).isEqualTo(3);
        assertThat(summary.counts().get(OutcomeQuestion.PRACTISED_SWEDISH))
                .containsExactlyInAnyOrderEntriesOf(Map.of(OutcomeLevel.NO, 1, OutcomeLevel.A_LITTLE, 0, OutcomeLevel.A_LOT, 2));
        assertThat(summary.percentALot(OutcomeQuestion.PRACTISED_SWEDISH)).isEqualTo(67);
        assertThat(summary.counts().get(OutcomeQuestion.FEEL_BETTER).get(OutcomeLevel.A_LOT)).isEqualTo(1);
        assertThatThrownBy(() -> as(twice, () -> outcomes.ofActivity(activity.activityId()), Roles.PARTICIPANT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void outcomesPerMunicipalityAreCountedInOneGroupedQueryAsTheyWereMunicipalityByMunicipality() {
        ReportingTestData.Activity jonkoping = data.activity(ReportingTestData.JONKOPING, "Utfallsföreningen", ActivityCategory.LANGUAGE_CAFE,
                TargetGroup.EVERYONE);
        ReportingTestData.Activity cafe = data.activity(ReportingTestData.VAXJO, "Utfallskaféet", ActivityCategory.LANGUAGE_CAFE,
                TargetGroup.EVERYONE);
        ReportingTestData.Activity sport = data.activity(ReportingTestData.VAXJO, "Utfallsidrotten", ActivityCategory.SPORT, TargetGroup.YOUTH);
        answered(jonkoping.id(), 3, 3, 3);
        answered(jonkoping.id(), 1, null, 2);
        answered(jonkoping.id(), null, null, null);
        answered(cafe.id(), 3, 2, null);
        answered(cafe.id(), 3, 3, 1);
        answered(cafe.id(), 1, null, null);
        answered(cafe.id(), null, null, null);
        answered(sport.id(), 2, 3, 3);
        answered(sport.id(), 3, 1, 3);
        long coordinator = person("Kerstin");
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(ReportingTestData.JONKOPING, ReportingTestData.VAXJO)));

        List<OutcomeService.AreaOutcome> mine = callAs(coordinator, outcomes::inMyAreas, Roles.COORDINATOR);
        assertThat(mine).as("Jönköping's two answers are too few to show").containsExactly(new OutcomeService.AreaOutcome(
                areas.municipalityName(ReportingTestData.VAXJO), new OutcomeService.OutcomeSummary(5, Map.of(
                        OutcomeQuestion.PRACTISED_SWEDISH, Map.of(OutcomeLevel.NO, 1, OutcomeLevel.A_LITTLE, 1, OutcomeLevel.A_LOT, 3),
                        OutcomeQuestion.FEEL_BETTER, Map.of(OutcomeLevel.NO, 1, OutcomeLevel.A_LITTLE, 1, OutcomeLevel.A_LOT, 2),
                        OutcomeQuestion.MET_PEOPLE, Map.of(OutcomeLevel.NO, 1, OutcomeLevel.A_LITTLE, 0, OutcomeLevel.A_LOT, 2)))));
        assertThat(mine).isEqualTo(inAreasAsBefore(Set.of(ReportingTestData.JONKOPING, ReportingTestData.VAXJO)));
        assertThat(callAs(person("Anna"), outcomes::inMyAreas, Roles.ADMINISTRATOR)).as("everywhere").containsAll(mine)
                .extracting(OutcomeService.AreaOutcome::municipalityName).doesNotContain(areas.municipalityName(ReportingTestData.JONKOPING));

        Optional<OutcomeService.OutcomeSummary> ofCafe = callAs(cafe.leader(), () -> outcomes.ofActivity(cafe.id()), Roles.ORGANISATION_MEMBER,
                Roles.ACTIVITY_LEADER);
        assertThat(ofCafe).isPresent().isEqualTo(summaryAsBefore("where activity_id = :activity", Map.of("activity", cafe.id())));
        assertThat(ofCafe.orElseThrow().answers()).isEqualTo(3);
        assertThat(callAs(jonkoping.leader(), () -> outcomes.ofActivity(jonkoping.id()), Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER))
                .isEmpty();
    }

    /** A new person asked about the activity, with their answers (null: left out; all null: asked and not answered). */
    private void answered(long activity, @Nullable Integer practisedSwedish, @Nullable Integer feelBetter, @Nullable Integer metPeople) {
        boolean answered = practisedSwedish != null || feelBetter != null || metPeople != null;
        jdbc.sql("""
                insert into outcome_answer (account_id, activity_id, asked_at, answered_at, practised_swedish, feel_better, met_people)
                values (?, ?, ?, ?, ?, ?, ?)""").params(person("Asked"), activity, clock.instant(), answered ? clock.instant() : null,
                practisedSwedish, feelBetter, metPeople).update();
    }

    /** Outcomes per municipality as they were computed before: four queries for each municipality with answers. */
    private List<OutcomeService.AreaOutcome> inAreasAsBefore(Set<String> scope) {
        List<String> municipalities = jdbc.sql("select distinct a.municipality_code from outcome_answer o join activity a on a.id = o.activity_id"
                        + " where o.answered_at is not null and a.municipality_code in (:scope)")
                .param("scope", scope).query(String.class).list();
        List<OutcomeService.AreaOutcome> rows = new ArrayList<>();
        for (String municipality : municipalities) {
            summaryAsBefore("where activity_id in (select id from activity where municipality_code = :municipality)",
                    Map.of("municipality", municipality))
                    .ifPresent(summary -> rows.add(new OutcomeService.AreaOutcome(areas.municipalityName(municipality), summary)));
        }
        rows.sort(Comparator.comparing(OutcomeService.AreaOutcome::municipalityName));
        return rows;
    }

    private Optional<OutcomeService.OutcomeSummary> summaryAsBefore(String where, Map<String, Object> params) {
        int answers = jdbc.sql("select count(*) from outcome_answer " + where + " and answered_at is not null").params(params)
                .query(Integer.class).single();
        if (answers < OutcomeService.FEWEST_SHOWN) {
            return Optional.empty();
        }
        Map<OutcomeQuestion, Map<OutcomeLevel, Integer>> counts = new EnumMap<>(OutcomeQuestion.class);
        for (OutcomeQuestion question : OutcomeQuestion.values()) {
            Map<OutcomeLevel, Integer> levels = new EnumMap<>(OutcomeLevel.class);
            for (OutcomeLevel level : OutcomeLevel.values()) {
                levels.put(level, 0);
            }
            jdbc.sql("select " + question.column() + " as level, count(*) as answers from outcome_answer " + where
                            + " and " + question.column() + " is not null group by " + question.column())
                    .params(params)
                    .query(row -> {
                        levels.put(OutcomeLevel.values()[row.getInt("level") - 1], row.getInt("answers"));
                    });
            counts.put(question, levels);
        }
        return Optional.of(new OutcomeService.OutcomeSummary(answers, counts));
    }
}
