package se.motesplats.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.testing.ModuleTestBase;

/**
 * Every municipality has a point for the map (its seat, V43), and the point lies where its county is:
 * a row with swapped digits, a seat of the same name elsewhere or latitude and longitude mixed up fails.
 */
class MunicipalitySeatsModuleTest extends ModuleTestBase {

    /** Sweden's extent: the seats lie inside it. */
    private static final Box SWEDEN = new Box(55.3, 69.1, 10.9, 24.2);

    /**
     * Each county's extent in whole tenths of a degree, a little generous: neighbouring boxes overlap,
     * but a seat put in the wrong part of the country is outside its own.
     */
    private static final Map<String, Box> COUNTIES = Map.ofEntries(
            Map.entry("01", new Box(58.7, 60.3, 17.2, 19.4)),
            Map.entry("03", new Box(59.3, 60.8, 16.6, 18.9)),
            Map.entry("04", new Box(58.6, 59.7, 15.6, 17.7)),
            Map.entry("05", new Box(57.7, 58.95, 14.4, 17.0)),
            Map.entry("06", new Box(57.1, 58.2, 13.4, 15.6)),
            Map.entry("07", new Box(56.4, 57.3, 13.4, 16.0)),
            Map.entry("08", new Box(56.2, 58.2, 15.4, 17.2)),
            Map.entry("09", new Box(56.9, 58.0, 18.0, 19.4)),
            Map.entry("10", new Box(56.0, 56.5, 14.4, 16.0)),
            Map.entry("12", new Box(55.3, 56.6, 12.4, 14.6)),
            Map.entry("13", new Box(56.3, 57.6, 11.8, 13.6)),
            Map.entry("14", new Box(57.4, 59.3, 11.0, 14.6)),
            Map.entry("17", new Box(59.0, 61.1, 11.6, 14.5)),
            Map.entry("18", new Box(58.7, 60.0, 14.3, 15.7)),
            Map.entry("19", new Box(59.2, 60.2, 15.4, 16.8)),
            Map.entry("20", new Box(59.8, 62.3, 12.1, 16.8)),
            Map.entry("21", new Box(60.2, 62.3, 14.4, 17.7)),
            Map.entry("22", new Box(62.0, 64.0, 15.3, 19.3)),
            Map.entry("23", new Box(61.5, 65.2, 11.9, 17.2)),
            Map.entry("24", new Box(63.4, 66.4, 14.3, 21.6)),
            Map.entry("25", new Box(65.0, 69.1, 15.5, 24.2)));

    @Autowired
    AreaService areas;

    @Test
    void everyMunicipalityHasAPointInsideItsCounty() {
        assertThat(areas.municipalities()).hasSize(290);
        assertThat(COUNTIES).containsOnlyKeys(areas.counties().keySet());
        SoftAssertions softly = new SoftAssertions();
        for (Municipality municipality : areas.municipalities()) {
            String where = municipality.code() + " " + municipality.name() + " at " + municipality.seat() + " ("
                    + municipality.latitude() + ", " + municipality.longitude() + ")";
            softly.assertThat(municipality.seat()).as(where).isNotBlank();
            softly.assertThat(SWEDEN.holds(municipality)).as(where + " in Sweden").isTrue();
            softly.assertThat(COUNTIES.get(municipality.countyCode()).holds(municipality)).as(where + " in " + municipality.countyName())
                    .isTrue();
        }
        softly.assertAll();
    }

    @Test
    void theSeatIsTheMunicipalitysMainTownEvenWhereItHasAnotherName() {
        assertThat(areas.municipality("1440")).get().extracting(Municipality::seat).isEqualTo("Nödinge-Nol");
        assertThat(areas.municipality("0980")).get().satisfies(gotland -> {
            assertThat(gotland.seat()).isEqualTo("Visby");
            assertThat(gotland.latitude()).isBetween(57.6, 57.7);
            assertThat(gotland.longitude()).isBetween(18.2, 18.4);
        });
    }

    private record Box(double south, double north, double west, double east) {

        boolean holds(Municipality municipality) {
            return municipality.latitude() >= south && municipality.latitude() <= north
                    && municipality.longitude() >= west && municipality.longitude() <= east;
        }
    }
}
