package se.motesplats.attendance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the marks of one person at one meeting add up to, whatever order they arrived in: present
 * if some "present" mark is later than every undo, checked in at the earliest such mark. So an
 * older batch replayed after an undo cannot bring the check-in back, and two phones that both
 * marked someone present leave one check-in with the earlier time.
 */
record AttendanceState(boolean present, @Nullable Instant checkedInAt, @Nullable CheckInMethod method,
        @Nullable Long recordedBy, boolean leader) {

    static final AttendanceState ABSENT = new AttendanceState(false, null, null, null, false);

    record Entry(Mark.Kind kind, Instant at, CheckInMethod method, @Nullable Long recordedBy, boolean leader) {
    }

    static AttendanceState of(List<Entry> marks) {
        Optional<Instant> lastUndo = marks.stream().filter(mark -> mark.kind() == Mark.Kind.UNDO).map(Entry::at)
                .max(Comparator.naturalOrder());
        return marks.stream()
                .filter(mark -> mark.kind() == Mark.Kind.PRESENT)
                .filter(mark -> lastUndo.map(undo -> mark.at().isAfter(undo)).orElse(true))
                .min(Comparator.comparing(Entry::at))
                .map(first -> new AttendanceState(true, first.at(), first.method(), first.recordedBy(), first.leader()))
                .orElse(ABSENT);
    }
}
