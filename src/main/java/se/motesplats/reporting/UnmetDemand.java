package se.motesplats.reporting;

import java.util.List;

/**
 * Where people want more than there is, per municipality: kinds of activity people are interested
 * in or queue for, against the published activities of that kind; and languages people speak
 * against activities whose leaders speak them. Counts only, never who.
 */
public record UnmetDemand(List<CategoryGap> categories, List<LanguageGap> languages) {

    public UnmetDemand {
        categories = List.copyOf(categories);
        languages = List.copyOf(languages);
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
