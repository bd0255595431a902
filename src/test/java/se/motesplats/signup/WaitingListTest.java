package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.motesplats.signup.WaitingList.Waiting;

class WaitingListTest {

    @Test
    void freedPlacesGoToTheWaitingInArrivalOrder() {
        List<Waiting> queue = List.of(new Waiting(1, 1), new Waiting(2, 1), new Waiting(3, 1));
        assertThat(WaitingList.toPromote(queue, 2)).containsExactly(1L, 2L);
    }

    @Test
    void aFamilyThatDoesNotFitKeepsItsTurnWhileTheNextWhoFitsMovesUp() {
        List<Waiting> queue = List.of(new Waiting(1, 3), new Waiting(2, 1), new Waiting(3, 2));
        assertThat(WaitingList.toPromote(queue, 2)).containsExactly(2L);
        assertThat(WaitingList.toPromote(queue, 3)).containsExactly(1L);
        assertThat(WaitingList.toPromote(queue, 6)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void noFreePlacesPromoteNobody() {
        assertThat(WaitingList.toPromote(List.of(new Waiting(1, 1)), 0)).isEmpty();
        assertThat(WaitingList.toPromote(List.of(), 5)).isEmpty();
    }

    @Test
    void withoutALimitEveryoneWaitingMovesUp() {
        assertThat(WaitingList.toPromote(List.of(new Waiting(1, 4), new Waiting(2, 9)), Integer.MAX_VALUE)).containsExactly(1L, 2L);
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
