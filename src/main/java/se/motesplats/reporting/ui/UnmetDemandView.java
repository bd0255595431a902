package se.motesplats.reporting.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.DashboardService;
import se.motesplats.reporting.SmallCounts;
import se.motesplats.reporting.UnmetDemand;
import se.motesplats.security.Roles;
import se.motesplats.shared.MapTiles;
import se.motesplats.shared.ui.PlaceMap;
import se.motesplats.shared.ui.Pictogram;

/**
 * What to start next: kinds of activity and languages people in the coordinator's areas want and do
 * not get, as tables, and on request (the map's library and tiles load only then, ADR 0006) as a
 * map with a circle per municipality, on its seat, sized by its gaps; the tables remain the full, accessible version.
 */
@Route(UnmetDemandView.PATH)
@Menu(order = 30, title = "reporting.gaps.menu", icon = "vaadin:lightbulb")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class UnmetDemandView extends Main implements HasDynamicTitle {

    public static final String PATH = "unmet-demand";

    public UnmetDemandView(DashboardService dashboards, AreaService areas, MapTiles tiles) {
        addClassName("unmet-demand-view");
        NumberFormat numbers = NumberFormat.getInstance(ULocale.forLocale(SupportedLanguage.of(getLocale()).formattingLocale()));
        PeopleCells cells = new PeopleCells(numbers);
        UnmetDemand.Shown demand = dashboards.unmetDemand().shown();
        add(new H1(getTranslation("reporting.gaps.title")), new Paragraph(getTranslation("reporting.gaps.intro")));
        Paragraph smallCounts = new Paragraph(getTranslation("reporting.small-count.note", Map.of("fewest", SmallCounts.FEWEST_SHOWN)));
        smallCounts.setId("gaps-small-counts");
        add(smallCounts);
        add(new ReportTable<>("gaps-categories", "reporting.gaps.categories", List.of("reporting.dashboard.municipality",
                "reporting.dashboard.category", "reporting.gaps.interested", "reporting.gaps.waiting", "reporting.gaps.activities"),
                demand.categories(), gap -> List.of(areas.municipalityName(gap.municipalityCode()),
                        getTranslation(ActivityCategory.valueOf(gap.category()).translationKey()),
                        cells.cell(gap.interested(), demand.interestedHidden().contains(gap)),
                        cells.cell(gap.waiting(), demand.waitingHidden().contains(gap)), numbers.format(gap.activities()))));
        add(new ReportTable<>("gaps-languages", "reporting.gaps.languages", List.of("reporting.dashboard.municipality",
                "reporting.gaps.language", "reporting.gaps.people"), demand.languages(), gap -> List.of(
                areas.municipalityName(gap.municipalityCode()),
                SupportedLanguage.byTag(gap.language()).map(SupportedLanguage::nativeName).orElse(gap.language()),
                cells.cell(gap.people(), demand.speakersHidden().contains(gap)))));
        // each circle adds up only the cells shown above (UnmetDemand.shown), so it holds nothing hidden
        List<PlaceMap.Circle> circles = demand.areas().stream()
                .map(area -> new PlaceMap.Circle(area.latitude(), area.longitude(), area.wishes(), getTranslation("reporting.gaps.map-circle",
                        Map.of("municipality", areas.municipalityName(area.municipalityCode()), "wishes", numbers.format(area.wishes())))))
                .toList();
        if (!circles.isEmpty()) {
            add(map(tiles, circles));
        }
    }

    /** "Show on map", then the map of the same gaps, with what it shows said in words. */
    private Div map(MapTiles tiles, List<PlaceMap.Circle> circles) {
        H2 heading = new H2(getTranslation("reporting.gaps.map-heading"));
        heading.setId("gaps-map-heading");
        Paragraph about = new Paragraph(getTranslation("reporting.gaps.map-about"));
        about.setId("gaps-map-about");
        PlaceMap map = new PlaceMap(tiles, getTranslation("reporting.gaps.map-label"), getTranslation("reporting.gaps.map-failed"));
        map.setId("gaps-map");
        map.setCircles(circles);
        Button show = new Button(getTranslation("reporting.gaps.show-map"), new Pictogram("vaadin:map-marker"));
        show.setId("gaps-show-map");
        show.addClickListener(click -> {
            map.open();
            show.setVisible(false);
        });
        return new Div(heading, about, show, map);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.gaps.title");
    }
}
