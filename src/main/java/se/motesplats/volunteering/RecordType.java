package se.motesplats.volunteering;

import java.util.Locale;

/** Which extract from the Swedish Police's criminal records register was shown. */
public enum RecordType {
    /** For work with children (the extract associations ask of contact families). */
    WORK_WITH_CHILDREN,
    /** The person's own full record. */
    OWN_RECORD;

    public String translationKey() {
        return "volunteering.record-type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
