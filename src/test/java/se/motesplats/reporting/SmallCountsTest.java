package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small-count rule on its own (docs/privacy.md, "Small counts"): which counts are too few, which
 * rows of a breakdown are hidden with them, and when the total they add up to must be hidden too.
 */
class SmallCountsTest {

    /** A row of a breakdown: its name, and how many people. */
    record Row(String name, int people) {
    }

    private static SmallCounts.Hidden<Row> suppress(Row... rows) {
        return SmallCounts.suppress(List.of(rows), Row::people);
    }

    @Test
    void oneAndTwoPeopleAreTooFewNoneAndThreeAreNot() {
        assertThat(SmallCounts.tooFew(0)).as("0 is about nobody").isFalse();
        assertThat(SmallCounts.tooFew(1)).isTrue();
        assertThat(SmallCounts.tooFew(2)).isTrue();
        assertThat(SmallCounts.tooFew(3)).isFalse();
        assertThat(SmallCounts.tooFew(SmallCounts.FEWEST_SHOWN)).isFalse();
    }

    @Test
    void nothingIsHiddenWhenEveryRowHasNoneOrThreeOrMore() {
        assertThat(suppress(new Row("a", 3), new Row("b", 0), new Row("c", 40))).isEqualTo(new SmallCounts.Hidden<Row>(Set.of(), false));
        assertThat(suppress()).isEqualTo(new SmallCounts.Hidden<Row>(Set.of(), false));
    }

    @Test
    void exactlyOneSmallRowHidesTheNextSmallestSoThatASubtractionFindsOnlyTheirSum() {
        Row two = new Row("two", 2);
        Row three = new Row("three", 3);
        Row zero = new Row("zero", 0);
        Row five = new Row("five", 5);
        SmallCounts.Hidden<Row> hidden = suppress(five, zero, three, two);
        assertThat(hidden.rows()).as("the 3 goes with the 2; the 0 is no help and stays").containsExactlyInAnyOrder(two, three);
        assertThat(hidden.total()).isFalse();
        assertThat(hidden.contains(five)).isFalse();
        assertThat(hidden.contains(zero)).isFalse();
    }

    @Test
    void severalSmallRowsStillHideABigOneSinceTheirSumAloneCouldTellThem() {
        // under a total of 102, shown rows of 100 would leave 2 for two hidden rows: each 1
        Row a = new Row("a", 1);
        Row b = new Row("b", 1);
        Row big = new Row("big", 50);
        Row bigger = new Row("bigger", 60);
        assertThat(suppress(a, b, big, bigger).rows()).containsExactlyInAnyOrder(a, b, big);
        assertThat(suppress(a, b, big, bigger).total()).isFalse();
    }

    @Test
    void rowsAsBigAsTheHiddenComplementAreHiddenWithIt() {
        Row one = new Row("one", 1);
        Row four = new Row("four", 4);
        Row alsoFour = new Row("also four", 4);
        Row nine = new Row("nine", 9);
        assertThat(suppress(nine, alsoFour, four, one).rows()).as("no shown 4 to tell the hidden one by").containsExactlyInAnyOrder(one, four,
                alsoFour);
    }

    @Test
    void tiesAmongSmallRowsAreAllHidden() {
        Row two = new Row("two", 2);
        Row alsoTwo = new Row("also two", 2);
        Row seven = new Row("seven", 7);
        Row eight = new Row("eight", 8);
        assertThat(suppress(two, alsoTwo, seven, eight).rows()).containsExactlyInAnyOrder(two, alsoTwo, seven);
    }

    @Test
    void whenEveryRowIsSmallTheTotalMustBeHiddenToo() {
        Row two = new Row("two", 2);
        Row alsoTwo = new Row("also two", 2);
        SmallCounts.Hidden<Row> hidden = suppress(two, alsoTwo);
        assertThat(hidden.rows()).containsExactlyInAnyOrder(two, alsoTwo);
        assertThat(hidden.total()).as("a total of 4 would tell both are 2").isTrue();

        Row one = new Row("one", 1);
        Row none = new Row("none", 0);
        assertThat(suppress(one, none)).isEqualTo(new SmallCounts.Hidden<>(Set.of(one), true));
    }

    @Test
    void hiddenGivesTheRowsOfSuppress() {
        Row one = new Row("one", 1);
        Row three = new Row("three", 3);
        Row four = new Row("four", 4);
        assertThat(SmallCounts.hidden(List.of(one, three, four), Row::people)).containsExactlyInAnyOrder(one, three);
    }

    @Test
    void aBreakdownOfAHiddenTotalHidesAtLeastTwoRowsOfPeople() {
        Row none = new Row("none", 0);
        Row five = new Row("five", 5);
        Row nine = new Row("nine", 9);
        Row twelve = new Row("twelve", 12);
        List<Row> rows = List.of(twelve, nine, five, none);
        assertThat(SmallCounts.suppress(rows, Row::people, false).rows()).as("a total that is shown").isEmpty();
        SmallCounts.Hidden<Row> hidden = SmallCounts.suppress(rows, Row::people, true);
        assertThat(hidden.rows()).as("the two smallest with people; the 0 hides nothing").containsExactlyInAnyOrder(five, nine);
        assertThat(hidden.total()).isTrue();
        assertThat(SmallCounts.suppress(List.of(five), Row::people, true).rows()).as("a single row is the total").containsExactly(five);

        Row one = new Row("one", 1);
        assertThat(SmallCounts.suppress(List.of(one, five, nine), Row::people, true).rows()).as("already two").containsExactlyInAnyOrder(one,
                five);
    }
}
