package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What of the gaps may be shown: small cells hidden per column, rows ordered by what is shown, the map adding up only shown cells. */
class UnmetDemandShownTest {

    static final String A = "9901";
    static final String B = "9902";

    @Test
    void smallCellsAndTheirComplementsAreHiddenAndTheMapAddsUpOnlyWhatIsShown() {
        UnmetDemand.CategoryGap sportInA = new UnmetDemand.CategoryGap(A, "SPORT", 2, 0, 0);
        UnmetDemand.CategoryGap craftsInA = new UnmetDemand.CategoryGap(A, "CRAFTS", 5, 4, 1);
        UnmetDemand.CategoryGap sportInB = new UnmetDemand.CategoryGap(B, "SPORT", 7, 0, 0);
        UnmetDemand.LanguageGap tigrinyaInA = new UnmetDemand.LanguageGap(A, "ti", 1);
        UnmetDemand.LanguageGap arabicInB = new UnmetDemand.LanguageGap(B, "ar", 6);
        UnmetDemand.LanguageGap somaliInB = new UnmetDemand.LanguageGap(B, "so", 9);
        UnmetDemand demand = new UnmetDemand(List.of(sportInB, craftsInA, sportInA), List.of(somaliInB, arabicInB, tigrinyaInA),
                List.of(new UnmetDemand.Area(B, 22, 57.7, 12.9), new UnmetDemand.Area(A, 12, 56.1, 13.2)));

        UnmetDemand.Shown shown = demand.shown();

        assertThat(shown.interestedHidden()).as("the 2, and the 5 with it").containsExactlyInAnyOrder(sportInA, craftsInA);
        assertThat(shown.waitingHidden()).as("0 and 4 are shown").isEmpty();
        assertThat(shown.speakersHidden()).containsExactlyInAnyOrder(tigrinyaInA, arabicInB);
        assertThat(shown.categories()).as("by what is shown: 7, then 4 (of 9), then 0 (of 2)").containsExactly(sportInB, craftsInA, sportInA);
        assertThat(shown.languages()).as("the hidden 6 and 1 by municipality, not by size").containsExactly(somaliInB, tigrinyaInA, arabicInB);
        // B shows 7 + 9 (the 6 is hidden), A only its 4 in a queue
        assertThat(shown.areas()).containsExactly(new UnmetDemand.Area(B, 16, 57.7, 12.9), new UnmetDemand.Area(A, 4, 56.1, 13.2));
    }

    @Test
    void aMunicipalityWithNothingShownIsLeftOffTheMap() {
        UnmetDemand.CategoryGap small = new UnmetDemand.CategoryGap(A, "MUSIC", 1, 0, 0);
        UnmetDemand.CategoryGap big = new UnmetDemand.CategoryGap(B, "MUSIC", 30, 0, 0);
        UnmetDemand.CategoryGap bigger = new UnmetDemand.CategoryGap(B, "SPORT", 40, 0, 0);
        UnmetDemand demand = new UnmetDemand(List.of(bigger, big, small), List.of(),
                List.of(new UnmetDemand.Area(B, 70, 57.7, 12.9), new UnmetDemand.Area(A, 1, 56.1, 13.2)));
        UnmetDemand.Shown shown = demand.shown();
        assertThat(shown.interestedHidden()).containsExactlyInAnyOrder(small, big);
        assertThat(shown.areas()).containsExactly(new UnmetDemand.Area(B, 40, 57.7, 12.9));
    }
}
