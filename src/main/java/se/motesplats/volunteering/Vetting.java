package se.motesplats.volunteering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What vetting has seen of a volunteer for one programme: dates, never documents. */
public record Vetting(@Nullable LocalDate interviewOn, @Nullable LocalDate trainingOn, @Nullable LocalDate agreementOn,
        @Nullable LocalDate recordCheckedOn, @Nullable RecordType recordType, @Nullable LocalDate recordValidUntil) {

    public static final Vetting NONE = new Vetting(null, null, null, null, null, null);

    /** The programme's requirements not met on {@code day}; an expired record check counts as missing. */
    public List<Requirement> missing(Programme programme, LocalDate day) {
        List<Requirement> missing = new ArrayList<>();
        for (Requirement requirement : Requirement.values()) {
            if (programme.requirements().contains(requirement) && !met(requirement, day)) {
                missing.add(requirement);
            }
        }
        return missing;
    }

    private boolean met(Requirement requirement, LocalDate day) {
        return switch (requirement) {
            case INTERVIEW -> interviewOn != null;
            case TRAINING -> trainingOn != null;
            case AGREEMENT -> agreementOn != null;
            case RECORD_CHECK -> recordCheckedOn != null && recordType != null && recordValidUntil != null
                    && !recordValidUntil.isBefore(day);
        };
    }
}
