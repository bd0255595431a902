package se.motesplats.reporting.ui;

import com.ibm.icu.text.NumberFormat;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.motesplats.reporting.SmallCounts;

/**
 * Counts of people as the coordinators' views show them (and their CSV and Excel files, built from the
 * same cells): the number, "fewer than 3", or "not shown" for a cell hidden so that a small one cannot be
 * worked out (docs/privacy.md, "Small counts"). The rule itself is {@link SmallCounts}'; this only words it.
 */
final class PeopleCells {

    private final NumberFormat numbers;

    PeopleCells(NumberFormat numbers) {
        this.numbers = numbers;
    }

    /** A count on its own (no breakdown): the number, or "fewer than 3". */
    String figure(int people) {
        return cell(people, SmallCounts.tooFew(people));
    }

    /** A count in a breakdown: the number, or why it is not shown. */
    String cell(int people, boolean hidden) {
        if (!hidden) {
            return numbers.format(people);
        }
        return SmallCounts.tooFew(people) ? fewer() : notShown();
    }

    /** Something that goes with a hidden count (what those people did) and is hidden with it. */
    String alongside(long value, boolean hidden) {
        return hidden ? notShown() : numbers.format(value);
    }

    /** The figure a chart draws: none for a hidden count. */
    static @Nullable Integer plotted(int value, boolean hidden) {
        return hidden ? null : value;
    }

    String fewer() {
        return UI.getCurrent().getTranslation("reporting.small-count.fewer", Map.of("fewest", SmallCounts.FEWEST_SHOWN));
    }

    String notShown() {
        return UI.getCurrent().getTranslation("reporting.small-count.hidden");
    }
}
