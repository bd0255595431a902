package se.motesplats.reporting.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.DashboardService;
import se.motesplats.reporting.UnmetDemand;
import se.motesplats.security.Roles;

/** What to start next: kinds of activity and languages people in the coordinator's areas want and do not get. */
@Route(UnmetDemandView.PATH)
@Menu(order = 30, title = "reporting.gaps.menu", icon = "vaadin:lightbulb")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class UnmetDemandView extends Main implements HasDynamicTitle {

    public static final String PATH = "unmet-demand";

    public UnmetDemandView(DashboardService dashboards, AreaService areas) {
        addClassName("unmet-demand-view");
        NumberFormat numbers = NumberFormat.getInstance(ULocale.forLocale(SupportedLanguage.of(getLocale()).formattingLocale()));
        UnmetDemand demand = dashboards.unmetDemand();
        add(new H1(getTranslation("reporting.gaps.title")), new Paragraph(getTranslation("reporting.gaps.intro")));
        add(new ReportTable<>("gaps-categories", "reporting.gaps.categories", List.of("reporting.dashboard.municipality",
                "reporting.dashboard.category", "reporting.gaps.interested", "reporting.gaps.waiting", "reporting.gaps.activities"),
                demand.categories(), gap -> List.of(areas.municipalityName(gap.municipalityCode()),
                        getTranslation(ActivityCategory.valueOf(gap.category()).translationKey()), numbers.format(gap.interested()),
                        numbers.format(gap.waiting()), numbers.format(gap.activities()))));
        add(new ReportTable<>("gaps-languages", "reporting.gaps.languages", List.of("reporting.dashboard.municipality",
                "reporting.gaps.language", "reporting.gaps.people"), demand.languages(), gap -> List.of(
                areas.municipalityName(gap.municipalityCode()),
                SupportedLanguage.byTag(gap.language()).map(SupportedLanguage::nativeName).orElse(gap.language()),
                numbers.format(gap.people()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.gaps.title");
    }
}
