package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.motesplats.signup.WaitingList.Waiting;

class WaitingListTest {

    private static PlaceCount free(int places) {
        return new PlaceCount(10, 10 - places, 0, 0);
    }

    @Test
    void freedPlacesGoToTheWaitingInArrivalOrder() {
        List<Waiting> queue = List.of(new Waiting(1, 1, false), new Waiting(2, 1, false), new Waiting(3, 1, false));
        assertThat(WaitingList.toPromote(queue, free(2))).containsExactly(1L, 2L);
    }

    @Test
    void aFamilyThatDoesNotFitKeepsItsTurnWhileTheNextWhoFitsMovesUp() {
        List<Waiting> queue = List.of(new Waiting(1, 3, false), new Waiting(2, 1, false), new Waiting(3, 2, false));
        assertThat(WaitingList.toPromote(queue, free(2))).containsExactly(2L);
        assertThat(WaitingList.toPromote(queue, free(3))).containsExactly(1L);
        assertThat(WaitingList.toPromote(queue, free(6))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void noFreePlacesPromoteNobody() {
        assertThat(WaitingList.toPromote(List.of(new Waiting(1, 1, false)), free(0))).isEmpty();
        assertThat(WaitingList.toPromote(List.of(), free(5))).isEmpty();
    }

    @Test
    void withoutALimitEveryoneWaitingMovesUp() {
        assertThat(WaitingList.toPromote(List.of(new Waiting(1, 4, false), new Waiting(2, 9, false)), PlaceCount.UNLIMITED))
                .containsExactly(1L, 2L);
    }

    @Test
    void placesKeptForReferralsGoOnlyToReferredNewcomers() {
        PlaceCount twoFreeBothKept = new PlaceCount(10, 8, 2, 0);
        assertThat(twoFreeBothKept.free(false)).isZero();
        assertThat(twoFreeBothKept.free(true)).isEqualTo(2);
        List<Waiting> queue = List.of(new Waiting(1, 1, false), new Waiting(2, 1, true), new Waiting(3, 1, true));
        assertThat(WaitingList.toPromote(queue, twoFreeBothKept)).containsExactly(2L, 3L);
        assertThat(WaitingList.toPromote(queue, new PlaceCount(10, 8, 2, 1))).as("one kept place filled, two free, one of them kept")
                .containsExactly(1L, 2L);
    }

    @Test
    void newcomersQueueBehindAnyoneWaitingAndWhenTheirGroupDoesNotFit() {
        assertThat(WaitingList.mustQueue(false, 5, 1)).isFalse();
        assertThat(WaitingList.mustQueue(true, 5, 1)).isTrue();
        assertThat(WaitingList.mustQueue(false, 2, 3)).isTrue();
        assertThat(WaitingList.mustQueue(false, 3, 3)).isFalse();
    }

    @Test
    void companionsNeedANameAndAPlausibleAge() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Companion(" ", 4))
                .hasMessage("signup.rule.companion-name");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Companion("Sara", -1))
                .hasMessage("signup.rule.companion-age");
        assertThat(new Companion(" Sara ", 7).firstName()).isEqualTo("Sara");
    }
}
