package se.motesplats.volunteering;

import java.util.Locale;

/** What vetting must have seen before a volunteer can be proposed in a programme. */
public enum Requirement {
    INTERVIEW,
    /** A criminal-record extract was seen: its date, type and how long it is valid, never the document. */
    RECORD_CHECK,
    TRAINING,
    AGREEMENT;

    public String translationKey() {
        return "volunteering.requirement." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
