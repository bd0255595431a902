package se.motesplats.reporting;

import java.util.Locale;
import se.motesplats.shared.Translatable;

/** A three-step answer with a face for each step, for people who read little. Stored as 1 to 3. */
public enum OutcomeLevel implements Translatable {
    NO("vaadin:frown-o"), A_LITTLE("vaadin:meh-o"), A_LOT("vaadin:smiley-o");

    private final String pictogram;

    OutcomeLevel(String pictogram) {
        this.pictogram = pictogram;
    }

    public String pictogram() {
        return pictogram;
    }

    int stored() {
        return ordinal() + 1;
    }

    @Override
    public String translationKey() {
        return "reporting.outcome.level." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
