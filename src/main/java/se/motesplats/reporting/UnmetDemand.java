package se.motesplats.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Where people want more than there is, per municipality: kinds of activity people are interested
 * in or queue for, against the published activities of that kind; and languages people speak
 * against activities whose leaders speak them. Counts only, never who.
 */
public record UnmetDemand(List<CategoryGap> categories, List<LanguageGap> languages, List<Area> areas) {

    public UnmetDemand {
        categories = List.copyOf(categories);
        languages = List.copyOf(languages);
        areas = List.copyOf(areas);
    }

    /**
     * What of these gaps may be shown ({@link SmallCounts}, docs/privacy.md): per column (interested, in
     * a queue, speakers) the cells of 1 or 2 people and their complements are hidden; the rows are in
     * the order of what is shown (biggest first, then by municipality and kind or language), so that
     * their order tells nothing of a hidden cell; and each municipality on the map adds up only the
     * cells shown, so that nothing on the map can be subtracted to find a hidden cell. Municipalities
     * with nothing shown are left off the map.
     */
    public Shown shown() {
        Set<CategoryGap> interestedHidden = SmallCounts.hidden(categories, CategoryGap::interested);
        Set<CategoryGap> waitingHidden = SmallCounts.hidden(categories, CategoryGap::waiting);
        Set<LanguageGap> speakersHidden = SmallCounts.hidden(languages, LanguageGap::people);
        ToIntFunction<CategoryGap> shownWishes = gap -> (interestedHidden.contains(gap) ? 0 : gap.interested())
                + (waitingHidden.contains(gap) ? 0 : gap.waiting());
        ToIntFunction<LanguageGap> shownSpeakers = gap -> speakersHidden.contains(gap) ? 0 : gap.people();
        List<CategoryGap> shownCategories = categories.stream().sorted(Comparator.comparingInt(shownWishes).reversed()
                .thenComparing(CategoryGap::municipalityCode).thenComparing(CategoryGap::category)).toList();
        List<LanguageGap> shownLanguages = languages.stream().sorted(Comparator.comparingInt(shownSpeakers).reversed()
                .thenComparing(LanguageGap::municipalityCode).thenComparing(LanguageGap::language)).toList();
        List<Area> shownAreas = areas.stream()
                .map(area -> new Area(area.municipalityCode(), categories.stream().filter(gap -> gap.municipalityCode().equals(area.municipalityCode()))
                        .mapToInt(shownWishes).sum() + languages.stream().filter(gap -> gap.municipalityCode().equals(area.municipalityCode()))
                        .mapToInt(shownSpeakers).sum(), area.latitude(), area.longitude()))
                .filter(area -> area.wishes() > 0)
                .sorted(Comparator.comparingInt(Area::wishes).reversed().thenComparing(Area::municipalityCode))
                .toList();
        return new Shown(shownCategories, interestedHidden, waitingHidden, shownLanguages, speakersHidden, shownAreas);
    }

    /** The gaps as they may be shown: rows in the order to show them, the hidden cells of each column, the map's areas. */
    public record Shown(List<CategoryGap> categories, Set<CategoryGap> interestedHidden, Set<CategoryGap> waitingHidden,
            List<LanguageGap> languages, Set<LanguageGap> speakersHidden, List<Area> areas) {

        public Shown {
            categories = List.copyOf(categories);
            interestedHidden = Set.copyOf(interestedHidden);
            waitingHidden = Set.copyOf(waitingHidden);
            languages = List.copyOf(languages);
            speakersHidden = Set.copyOf(speakersHidden);
            areas = List.copyOf(areas);
        }
    }

    /**
     * The gaps of one municipality added up, for the map: the people interested and queueing in its
     * kinds of activity that are missing or full, and the speakers of its languages without an activity
     * (one person can count more than once). Where it lies: the municipality's seat, so that a
     * municipality with wishes and no activity at all, the biggest gap, has its place too.
     */
    public record Area(String municipalityCode, int wishes, double latitude, double longitude) {
    }

    /** People who said they like this kind of activity, people in its queues, and activities of it running there. */
    public record CategoryGap(String municipalityCode, String category, int interested, int waiting, int activities) {

        public boolean gap() {
            return activities == 0 || waiting > 0;
        }
    }

    /** People who speak a language that no activity's leaders speak there. */
    public record LanguageGap(String municipalityCode, String language, int people) {
    }
}
