package se.motesplats.reporting;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The one small-count rule of every figure about people that leaves the server (docs/privacy.md): a
 * count of fewer than {@value #FEWEST_SHOWN} people is not shown, since one or two people can be
 * recognised. In a breakdown, when exactly one row is hidden, the next smallest is hidden too, so
 * that the hidden count cannot be found by subtracting the others from a total shown elsewhere.
 */
public final class SmallCounts {

    public static final int FEWEST_SHOWN = 3;

    private SmallCounts() {
    }

    public static boolean tooFew(int people) {
        return people < FEWEST_SHOWN;
    }

    /** The rows of a breakdown (each different) whose people, and what those people did, are not shown. */
    public static <T> Set<T> hidden(List<T> rows, ToIntFunction<T> people) {
        Set<T> hidden = new HashSet<>();
        rows.stream().filter(row -> tooFew(people.applyAsInt(row))).forEach(hidden::add);
        if (hidden.size() == 1) {
            rows.stream().filter(row -> !hidden.contains(row)).min(Comparator.comparingInt(people)).ifPresent(hidden::add);
        }
        return hidden;
    }
}
