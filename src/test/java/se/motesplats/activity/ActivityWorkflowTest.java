package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.RuleViolation;

/** Every transition of the workflow, allowed and refused, on the aggregate itself. */
class ActivityWorkflowTest {

    static ActivityDraft draft(Map<SupportedLanguage, ActivityText> texts, boolean planned) {
        return new ActivityDraft(1, SupportedLanguage.SWEDISH, texts, ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE,
                SwedishLevel.NONE, Set.of(SupportedLanguage.ARABIC),
                new Venue("1290", "Biblioteket", "Stora torget 1", null, null, true, false), 0, false, true, null, AgeRange.ANY,
                new ActivityPlan(planned, false, planned, "Samtal på svenska", 10, null),
                Schedule.weekly(LocalDate.of(2026, 11, 24), LocalTime.of(18, 0), 120, DayOfWeek.TUESDAY, null));
    }

    static Activity activity() {
        return new Activity(draft(Map.of(SupportedLanguage.SWEDISH, new ActivityText("Språkkafé", "Vi pratar svenska")), true),
                7, Instant.parse("2026-11-23T10:00:00Z"));
    }

    /** Brings a fresh activity to the given status along the normal path. */
    static Activity in(ActivityStatus status) {
        Activity activity = activity();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> activity.submit();
            case RETURNED -> { activity.submit(); activity.returnToOrganiser("Lägg till adressen"); }
            case APPROVED -> { activity.submit(); activity.approve(); }
            case PUBLISHED -> { activity.submit(); activity.approve(); activity.publish(); }
            case ENDED -> { activity.submit(); activity.approve(); activity.publish(); activity.end(); }
            case CANCELLED -> activity.cancel();
        }
        assertThat(activity.status()).isEqualTo(status);
        return activity;
    }

    private static final Map<String, Consumer<Activity>> TRANSITIONS = Map.of(
            "submit", Activity::submit,
            "approve", Activity::approve,
            "return", a -> a.returnToOrganiser("Ändra tiden"),
            "publish", Activity::publish,
            "end", Activity::end,
            "cancel", Activity::cancel);

    private static final Map<String, Set<ActivityStatus>> ALLOWED_FROM = Map.of(
            "submit", EnumSet.of(ActivityStatus.DRAFT, ActivityStatus.RETURNED),
            "approve", EnumSet.of(ActivityStatus.SUBMITTED),
            "return", EnumSet.of(ActivityStatus.SUBMITTED),
            "publish", EnumSet.of(ActivityStatus.APPROVED),
            "end", EnumSet.of(ActivityStatus.PUBLISHED),
            "cancel", EnumSet.complementOf(EnumSet.of(ActivityStatus.ENDED, ActivityStatus.CANCELLED)));

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void eachTransitionIsAllowedExactlyFromItsStatuses(ActivityStatus from) {
        TRANSITIONS.forEach((name, transition) -> {
            Activity activity = in(from);
            if (ALLOWED_FROM.get(name).contains(from)) {
                transition.accept(activity);
            } else {
                assertThatThrownBy(() -> transition.accept(activity)).as("%s from %s", name, from)
                        .isInstanceOf(RuleViolation.class).hasMessage("activity.error.transition");
            }
        });
    }

    @Test
    void aReturnNeedsACommentAndResubmittingClearsIt() {
        Activity activity = in(ActivityStatus.SUBMITTED);
        assertThatThrownBy(() -> activity.returnToOrganiser(" ")).hasMessage("activity.error.comment-missing");
        activity.returnToOrganiser("Skriv vilken dag");
        assertThat(activity.returnComment()).isEqualTo("Skriv vilken dag");
        activity.submit();
        assertThat(activity.returnComment()).isNull();
    }

    @Test
    void anActivityPlanMustStrengthenSomething() {
        Activity unplanned = new Activity(draft(Map.of(SupportedLanguage.SWEDISH, new ActivityText("Fika", "")), false), 7, Instant.EPOCH);
        assertThatThrownBy(unplanned::submit).hasMessage("activity.error.plan-missing");
    }

    @Test
    void changingTheSourceTextMarksTranslationsOutdated() {
        Activity activity = new Activity(draft(Map.of(
                SupportedLanguage.SWEDISH, new ActivityText("Språkkafé", "Vi pratar svenska"),
                SupportedLanguage.ARABIC, new ActivityText("مقهى اللغة", "نتحدث السويدية")), true), 7, Instant.EPOCH);
        assertThat(activity.translationStates()).containsEntry("sv", TranslationState.SOURCE).containsEntry("ar", TranslationState.TRANSLATED);

        activity.apply(draft(Map.of(
                SupportedLanguage.SWEDISH, new ActivityText("Språkkafé på biblioteket", "Vi pratar svenska"),
                SupportedLanguage.ARABIC, new ActivityText("مقهى اللغة", "نتحدث السويدية")), true), Instant.EPOCH);
        assertThat(activity.translationStates()).containsEntry("ar", TranslationState.OUTDATED);
    }

    @Test
    void endedActivitiesCannotBeEdited() {
        Activity ended = in(ActivityStatus.ENDED);
        assertThatThrownBy(() -> ended.apply(ended.draft(), Instant.EPOCH)).hasMessage("activity.error.closed");
    }

    @Test
    void theDraftRoundTrips() {
        Activity activity = activity();
        assertThat(activity.draft()).isEqualTo(draft(Map.of(SupportedLanguage.SWEDISH, new ActivityText("Språkkafé", "Vi pratar svenska")), true));
    }
}
