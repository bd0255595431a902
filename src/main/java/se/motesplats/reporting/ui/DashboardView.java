package se.motesplats.reporting.ui;

import com.ibm.icu.text.LocaleDisplayNames;
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
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.Dashboard;
import se.motesplats.reporting.DashboardService;
import se.motesplats.reporting.OutcomeService;
import se.motesplats.reporting.SmallCounts;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.Chart;

/**
 * The coordinators' figures for their areas: key numbers first, then the weekly trend and the
 * breakdowns (municipality, kind of activity, target group, association, language) as plain
 * tables (readable by screen readers and easy to copy, each with CSV and Excel).
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
        Dashboard dashboard = dashboards.mineShared();
        add(new H1(getTranslation("reporting.dashboard.title")),
                new Paragraph(getTranslation("reporting.dashboard.period", Map.of("from", Formats.day(dashboard.from(), language),
                        "to", Formats.day(dashboard.to(), language)))));
        Paragraph smallCounts = new Paragraph(getTranslation("reporting.small-count.note", Map.of("fewest", SmallCounts.FEWEST_SHOWN)));
        smallCounts.setId("dashboard-small-counts");
        add(smallCounts);
        Paragraph shared = new Paragraph(getTranslation("reporting.dashboard.shared-minute"));
        shared.setId("dashboard-shared-minute");
        add(shared);
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
        add(breakdown("dashboard-municipalities", "reporting.dashboard.by-municipality", "reporting.dashboard.municipality",
                dashboard.byMunicipality(), areas::municipalityName));
        add(breakdown("dashboard-categories", "reporting.dashboard.by-category", "reporting.dashboard.category", dashboard.byCategory(),
                key -> getTranslation(ActivityCategory.valueOf(key).translationKey())));
        add(breakdown("dashboard-target-groups", "reporting.dashboard.by-target-group", "reporting.dashboard.target-group",
                dashboard.byTargetGroup(), key -> getTranslation(TargetGroup.valueOf(key).translationKey())));
        Set<Dashboard.OrganisationBreakdown> hiddenOrganisations = SmallCounts.hidden(dashboard.byOrganisation(),
                Dashboard.OrganisationBreakdown::participants);
        add(new ReportTable<>("dashboard-organisations", "reporting.dashboard.by-organisation", List.of("reporting.dashboard.organisation",
                "reporting.dashboard.participants", "reporting.dashboard.check-ins", "reporting.dashboard.meetings"),
                dashboard.byOrganisation(), row -> List.of(row.name(), people(row.participants(), hiddenOrganisations.contains(row)),
                        hiddenOrganisations.contains(row) ? notShown() : numbers.format(row.checkIns()), numbers.format(row.meetings()))));
        Set<Dashboard.LanguageBreakdown> hiddenLanguages = SmallCounts.hidden(dashboard.byLanguage(), Dashboard.LanguageBreakdown::participants);
        add(new ReportTable<>("dashboard-languages", "reporting.dashboard.by-language", List.of("reporting.dashboard.language",
                "reporting.dashboard.participants"), dashboard.byLanguage(), row -> List.of(
                languageName(row.language()), people(row.participants(), hiddenLanguages.contains(row)))));
        if (!dashboard.byLanguage().isEmpty()) {
            Paragraph languagesNote = new Paragraph(getTranslation("reporting.dashboard.by-language-note"));
            languagesNote.setId("dashboard-languages-note");
            add(languagesNote);
        }
        add(OutcomeTable.byArea(outcomes.inMyAreas(), numbers));
    }

    /**
     * One breakdown as a table: the group's name, then people, check-ins and meetings; the people of
     * groups with too few, and their check-ins, are not shown (in the table, its chart and its exports).
     */
    private ReportTable<Dashboard.Breakdown> breakdown(String id, String headingKey, String groupHeadingKey, List<Dashboard.Breakdown> rows,
            Function<String, String> name) {
        Set<Dashboard.Breakdown> hidden = SmallCounts.hidden(rows, Dashboard.Breakdown::participants);
        return new ReportTable<>(id, headingKey, List.of(groupHeadingKey, "reporting.dashboard.participants", "reporting.dashboard.check-ins",
                "reporting.dashboard.meetings"), rows, row -> List.of(name.apply(row.key()), people(row.participants(), hidden.contains(row)),
                hidden.contains(row) ? notShown() : numbers.format(row.checkIns()), numbers.format(row.meetings())))
                .withChart(Chart.Kind.BAR, new ReportTable.Plotted<>("reporting.dashboard.participants",
                        row -> hidden.contains(row) ? null : row.participants()));
    }

    /** A number of people, or why it is not shown: "fewer than 3", or hidden so that a hidden one cannot be worked out. */
    private String people(int count, boolean hidden) {
        if (!hidden) {
            return numbers.format(count);
        }
        return SmallCounts.tooFew(count) ? getTranslation("reporting.small-count.fewer", Map.of("fewest", SmallCounts.FEWEST_SHOWN))
                : notShown();
    }

    private String notShown() {
        return getTranslation("reporting.small-count.hidden");
    }

    /**
     * A language by its name in the reader's language and, when that differs, in its own (isolated,
     * so that a right-to-left name does not reorder the cell): "tigrinja – ትግርኛ".
     */
    private String languageName(String tag) {
        if (tag.isEmpty()) {
            return getTranslation("reporting.dashboard.language-not-stated");
        }
        return SupportedLanguage.byTag(tag).map(spoken -> {
            if (spoken == SupportedLanguage.EASY_SWEDISH) {
                return spoken.nativeName();
            }
            String inReadersLanguage = LocaleDisplayNames.getInstance(ULocale.forLocale(language.formattingLocale()),
                    LocaleDisplayNames.DialectHandling.DIALECT_NAMES).localeDisplayName(ULocale.forLanguageTag(tag));
            return inReadersLanguage.equalsIgnoreCase(spoken.nativeName()) ? spoken.nativeName()
                    : inReadersLanguage + " – \u2068" + spoken.nativeName() + "\u2069";
        }).orElse(tag);
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
