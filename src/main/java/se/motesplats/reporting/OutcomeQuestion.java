package se.motesplats.reporting;

import java.util.Locale;
import se.motesplats.shared.Translatable;

/** The three things the source projects had to show activities strengthen: language, health, network. */
public enum OutcomeQuestion implements Translatable {
    PRACTISED_SWEDISH("practised_swedish"), FEEL_BETTER("feel_better"), MET_PEOPLE("met_people");

    private final String column;

    OutcomeQuestion(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    @Override
    public String translationKey() {
        return "reporting.outcome.question." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
