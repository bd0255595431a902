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
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.Dashboard;
import se.motesplats.reporting.DashboardService;
import se.motesplats.security.Roles;

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

    public DashboardView(DashboardService dashboards, AreaService areas) {
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
        add(table("dashboard-weeks", "reporting.dashboard.weeks", List.of("reporting.dashboard.week", "reporting.dashboard.meetings",
                "reporting.dashboard.present", "reporting.dashboard.no-shows"), dashboard.weeks(), week -> List.of(
                Formats.day(week.monday(), language), numbers.format(week.meetings()), numbers.format(week.present()),
                numbers.format(week.noShows()))));
        add(table("dashboard-municipalities", "reporting.dashboard.by-municipality", List.of("reporting.dashboard.municipality",
                "reporting.dashboard.participants", "reporting.dashboard.meetings"), dashboard.byMunicipality(), row -> List.of(
                areas.municipalityName(row.key()), numbers.format(row.participants()), numbers.format(row.meetings()))));
        add(table("dashboard-categories", "reporting.dashboard.by-category", List.of("reporting.dashboard.category",
                "reporting.dashboard.participants", "reporting.dashboard.meetings"), dashboard.byCategory(), row -> List.of(
                getTranslation(ActivityCategory.valueOf(row.key()).translationKey()), numbers.format(row.participants()),
                numbers.format(row.meetings()))));
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

    /**
     * A plain table under its heading; an empty period says so instead. The table scrolls sideways
     * on a phone inside a region that keyboard users can focus and screen readers name.
     */
    private <T> Component table(String id, String headingKey, List<String> headings, List<T> rows, Function<T, List<String>> cells) {
        H2 title = new H2(getTranslation(headingKey));
        title.setId(id + "-heading");
        if (rows.isEmpty()) {
            return new Div(title, new Paragraph(getTranslation("reporting.dashboard.no-data")));
        }
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.getClassList().add("dashboard-table");
        Element head = new Element("tr");
        headings.forEach(heading -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(heading))));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (T row : rows) {
            Element tr = new Element("tr");
            cells.apply(row).forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("table-scroll");
        wrapper.getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-labelledby", id + "-heading");
        wrapper.getElement().appendChild(table);
        return new Div(title, wrapper);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.dashboard.title");
    }
}
