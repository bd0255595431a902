package se.motesplats.reporting.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.Dashboard;
import se.motesplats.reporting.DashboardService;
import se.motesplats.reporting.OutcomeService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.Chart;

/**
 * The coordinators' figures for their areas: key numbers first, then the weekly trend and the
 * breakdowns as plain tables (readable by screen readers and easy to copy).
 */
@Route(DashboardView.PATH)
@Menu(order = 29, title = "reporting.dashboard.menu", icon = "vaadin:chart")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class DashboardView extends Main implements HasDynamicTitle {

    public static final String PATH = "dashboard";

    private final SupportedLanguage language;
    private final NumberFormat numbers;

    public DashboardView(DashboardService dashboards, AreaService areas, OutcomeService outcomes) {
        addClassName("dashboard-view");
        language = SupportedLanguage.of(getLocale());
        // counts in the same digits as the percentages and dates (Persian digits in Persian, and so on)
        numbers = NumberFormat.getInstance(ULocale.forLocale(language.formattingLocale()));
        Dashboard dashboard = dashboards.mine();
        add(new H1(getTranslation("reporting.dashboard.title")),
                new Paragraph(getTranslation("reporting.dashboard.period", Map.of("from", Formats.day(dashboard.from(), language),
                        "to", Formats.day(dashboard.to(), language)))));
        Div figures = new Div();
        figures.setId("dashboard-figures");
        figures.addClassName("figures");
        figures.add(figure("running", dashboard.activitiesRunning()), figure("active", dashboard.activeParticipants()),
                figure("new", dashboard.newThisMonth()), rate("attendance-rate", dashboard.attendanceRate()),
                rate("no-show-rate", dashboard.noShowRate()), rate("occupancy", dashboard.occupancy()),
                figure("waiting", dashboard.waiting()), figure("matching-queue", dashboard.matchingQueue()),
                figure("median-wait", dashboard.medianWaitDays()), figure("volunteers-active", dashboard.volunteersActive()),
                figure("awaiting-vetting", dashboard.volunteersAwaitingVetting()));
        add(figures);
        add(new ReportTable<>("dashboard-weeks", "reporting.dashboard.weeks", List.of("reporting.dashboard.week", "reporting.dashboard.meetings",
                "reporting.dashboard.present", "reporting.dashboard.no-shows"), dashboard.weeks(), week -> List.of(
                Formats.day(week.monday(), language), numbers.format(week.meetings()), numbers.format(week.present()),
                numbers.format(week.noShows())))
                .withChart(Chart.Kind.LINE, new ReportTable.Plotted<>("reporting.dashboard.present", Dashboard.Week::present),
                        new ReportTable.Plotted<>("reporting.dashboard.no-shows", Dashboard.Week::noShows)));
        add(new ReportTable<>("dashboard-municipalities", "reporting.dashboard.by-municipality", List.of("reporting.dashboard.municipality",
                "reporting.dashboard.participants", "reporting.dashboard.meetings"), dashboard.byMunicipality(), row -> List.of(
                areas.municipalityName(row.key()), numbers.format(row.participants()), numbers.format(row.meetings())))
                .withChart(Chart.Kind.BAR, new ReportTable.Plotted<>("reporting.dashboard.participants", Dashboard.Breakdown::participants)));
        add(new ReportTable<>("dashboard-categories", "reporting.dashboard.by-category", List.of("reporting.dashboard.category",
                "reporting.dashboard.participants", "reporting.dashboard.meetings"), dashboard.byCategory(), row -> List.of(
                getTranslation(ActivityCategory.valueOf(row.key()).translationKey()), numbers.format(row.participants()),
                numbers.format(row.meetings())))
                .withChart(Chart.Kind.BAR, new ReportTable.Plotted<>("reporting.dashboard.participants", Dashboard.Breakdown::participants)));
        add(OutcomeTable.byArea(outcomes.inMyAreas(), numbers));
    }

    private Component figure(String key, long value) {
        return tile(key, numbers.format(value));
    }

    private Component rate(String key, @Nullable Integer percent) {
        return tile(key, percent == null ? "–" : getTranslation("reporting.dashboard.percent", Map.of("value", percent)));
    }

    private Component tile(String key, String value) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span label = new Span(getTranslation("reporting.dashboard." + key));
        label.addClassName("figure-label");
        Div tile = new Div(number, label);
        tile.setId("figure-" + key);
        tile.addClassName("figure");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.dashboard.title");
    }
}
