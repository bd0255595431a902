package se.motesplats.volunteering;

import java.util.Locale;
import se.motesplats.shared.Translatable;

/** The ways a volunteer can help a newcomer; activity leaders lead an association's activity. */
public enum ProgrammeKind implements Translatable {
    LANGUAGE_FRIEND("vaadin:comments"),
    REFUGEE_GUIDE("vaadin:compass"),
    CONTACT_FAMILY("vaadin:family"),
    MENTOR("vaadin:academy-cap"),
    ACTIVITY_LEADER("vaadin:flag");

    private final String pictogram;

    ProgrammeKind(String pictogram) {
        this.pictogram = pictogram;
    }

    public String pictogram() {
        return pictogram;
    }

    /** Newcomers ask for a person; activity leaders are found by associations, not by matching. */
    public boolean matchable() {
        return this != ACTIVITY_LEADER;
    }

    @Override
    public String translationKey() {
        return "volunteering.programme." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
