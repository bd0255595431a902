package se.motesplats.activity;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.RuleViolation;

/**
 * Everything an organiser writes about an activity. Texts are keyed by language; the source
 * language's text is the one translations follow.
 */
public record ActivityDraft(long organisationId, SupportedLanguage sourceLanguage, Map<SupportedLanguage, ActivityText> texts,
        ActivityCategory category, TargetGroup targetGroup, SwedishLevel swedishLevel, Set<SupportedLanguage> leaderLanguages,
        Venue venue, int costSek, boolean childcare, boolean dropIn, @Nullable Integer capacity, AgeRange ages, ActivityPlan plan,
        Schedule schedule) {

    public ActivityDraft {
        texts = Map.copyOf(texts);
        leaderLanguages = Set.copyOf(leaderLanguages);
        if (!texts.containsKey(sourceLanguage) || texts.get(sourceLanguage).title().isBlank()) {
            throw new RuleViolation("activity.error.title-missing");
        }
        if (costSek < 0 || capacity != null && capacity < 1) {
            throw new RuleViolation("activity.error.numbers");
        }
    }
}
