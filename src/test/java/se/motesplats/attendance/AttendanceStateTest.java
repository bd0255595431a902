package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AttendanceStateTest {

    private static final Instant T = Instant.parse("2026-11-23T17:00:00Z");

    private static AttendanceState.Entry present(int second, CheckInMethod method) {
        return new AttendanceState.Entry(Mark.Kind.PRESENT, T.plusSeconds(second), method, 7L, false);
    }

    private static AttendanceState.Entry undo(int second) {
        return new AttendanceState.Entry(Mark.Kind.UNDO, T.plusSeconds(second), CheckInMethod.ROLL_CALL, 7L, false);
    }

    @Test
    void theEarliestPresentMarkWins() {
        AttendanceState state = AttendanceState.of(List.of(present(30, CheckInMethod.ROLL_CALL), present(10, CheckInMethod.QR)));
        assertThat(state.present()).isTrue();
        assertThat(state.checkedInAt()).isEqualTo(T.plusSeconds(10));
        assertThat(state.method()).isEqualTo(CheckInMethod.QR);
    }

    @Test
    void anUndoCancelsEverythingBeforeItAndAnUndoAtTheSameMomentWins() {
        assertThat(AttendanceState.of(List.of(present(10, CheckInMethod.QR), undo(10))).present()).isFalse();
        assertThat(AttendanceState.of(List.of(present(10, CheckInMethod.QR), undo(20))).present()).isFalse();
        assertThat(AttendanceState.of(List.of(undo(5))).present()).isFalse();
        assertThat(AttendanceState.of(List.of()).present()).isFalse();
    }

    @RepeatedTest(20)
    void theOrderMarksArriveInDoesNotMatter() {
        List<AttendanceState.Entry> marks = new ArrayList<>(List.of(present(10, CheckInMethod.QR), present(40, CheckInMethod.ROLL_CALL),
                undo(20), present(50, CheckInMethod.CODE), undo(30)));
        Collections.shuffle(marks, new Random());
        AttendanceState state = AttendanceState.of(marks);
        assertThat(state.present()).isTrue();
        assertThat(state.checkedInAt()).isEqualTo(T.plusSeconds(40));
    }
}
