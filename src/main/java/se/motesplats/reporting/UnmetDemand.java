package se.motesplats.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
     * The gaps of one municipality added up, for the map: the people interested and queueing in its
     * kinds of activity that are missing or full, and the speakers of its languages without an activity
     * (one person can count more than once). Where it lies: the middle of its activities' meeting places,
     * {@code null} when none has a place on the map.
     */
    public record Area(String municipalityCode, int wishes, @Nullable Double latitude, @Nullable Double longitude) {
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
