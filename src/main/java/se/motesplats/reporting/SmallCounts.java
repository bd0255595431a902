package se.motesplats.reporting;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The one small-count rule of every figure about people that leaves the server (docs/privacy.md,
 * "Small counts"): a count of 1 to {@value #FEWEST_SHOWN} − 1 people is not shown, since one or two
 * people can be recognised; 0 is shown, it is about nobody. In a breakdown (rows that a total shown
 * elsewhere adds up to), whenever a row is hidden, the smallest row of {@value #FEWEST_SHOWN} or more
 * people is hidden too, with the rows as big as it, so that subtracting the shown rows from a total
 * gives only a sum that includes a row of unknown size; and when there is no such row to hide, the
 * total itself must not be shown ({@link Hidden#total()}).
 */
public final class SmallCounts {

    public static final int FEWEST_SHOWN = 3;

    private SmallCounts() {
    }

    /** Whether a count of people is too small to show (1 or 2; 0 is shown). */
    public static boolean tooFew(int people) {
        return people > 0 && people < FEWEST_SHOWN;
    }

    /**
     * The rows of a breakdown that are not shown, and whether the total they add up to must not be
     * shown either.
     *
     * @param rows  the rows that a total shown on the same page (or that could be) adds up to
     * @param total whether the total must be hidden: some rows are hidden and none of them holds
     *              {@value #FEWEST_SHOWN} or more people, so that the total minus the shown rows would
     *              tell what the hidden ones hold (two rows of 2 people under a total of 4)
     */
    public record Hidden<T>(Set<T> rows, boolean total) {

        public Hidden {
            rows = Set.copyOf(rows);
        }

        public boolean contains(T row) {
            return rows.contains(row);
        }
    }

    /**
     * Which rows of a breakdown (each different) are not shown: those of 1 or 2 people, and with them,
     * if there are any, the smallest row of {@value #FEWEST_SHOWN} or more people and every row of the
     * same size (so that no shown row is as small as a hidden one of that size).
     */
    public static <T> Hidden<T> suppress(List<T> rows, ToIntFunction<T> people) {
        Set<T> hidden = new HashSet<>();
        rows.stream().filter(row -> tooFew(people.applyAsInt(row))).forEach(hidden::add);
        if (hidden.isEmpty()) {
            return new Hidden<>(hidden, false);
        }
        var complement = rows.stream().filter(row -> people.applyAsInt(row) >= FEWEST_SHOWN).min(Comparator.comparingInt(people));
        complement.ifPresent(smallest -> rows.stream().filter(row -> people.applyAsInt(row) == people.applyAsInt(smallest))
                .forEach(hidden::add));
        return new Hidden<>(hidden, complement.isEmpty());
    }

    /**
     * The same for a breakdown of a total that is not shown (because another breakdown of it, or the
     * total itself, is too small): at least two rows of people are hidden, all if there are fewer, the
     * smallest first, so that the rows shown do not add up to the hidden total (rows of 0 stay shown,
     * hiding them would not hide anything).
     */
    public static <T> Hidden<T> suppress(List<T> rows, ToIntFunction<T> people, boolean totalHidden) {
        Hidden<T> hidden = suppress(rows, people);
        if (!totalHidden || hidden.rows().size() >= 2) {
            return hidden;
        }
        Set<T> more = new HashSet<>(hidden.rows());
        rows.stream().filter(row -> !more.contains(row) && people.applyAsInt(row) > 0).sorted(Comparator.comparingInt(people))
                .limit(2 - more.size()).forEach(more::add);
        return new Hidden<>(more, true);
    }

    /** The rows of {@link #suppress} that are not shown, for a breakdown without a total of its own. */
    public static <T> Set<T> hidden(List<T> rows, ToIntFunction<T> people) {
        return suppress(rows, people).rows();
    }
}
