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
    private final PeopleCells cells;

    public DashboardView(DashboardService dashboards, AreaService areas, OutcomeService outcomes) {
        addClassName("dashboard-view");
        language = SupportedLanguage.of(getLocale());
        // counts in the same digits as the percentages and dates (Persian digits in Persian, and so on)
        numbers = NumberFormat.getInstance(ULocale.forLocale(language.formattingLocale()));
        cells = new PeopleCells(numbers);
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
        // the people present (the key figure) and every breakdown of them by municipality, kind, target group and
        // association: when one of these has only small rows, its total must not be shown anywhere, so the others
        // hide at least two rows each (docs/privacy.md, "Small counts")
        Function<Boolean, SmallCounts.Hidden<Dashboard.Breakdown>> municipalitiesWith = totalHidden -> SmallCounts.suppress(
                dashboard.byMunicipality(), Dashboard.Breakdown::participants, totalHidden);
        Function<Boolean, SmallCounts.Hidden<Dashboard.Breakdown>> categoriesWith = totalHidden -> SmallCounts.suppress(dashboard.byCategory(),
                Dashboard.Breakdown::participants, totalHidden);
        Function<Boolean, SmallCounts.Hidden<Dashboard.Breakdown>> targetGroupsWith = totalHidden -> SmallCounts.suppress(
                dashboard.byTargetGroup(), Dashboard.Breakdown::participants, totalHidden);
        Function<Boolean, SmallCounts.Hidden<Dashboard.OrganisationBreakdown>> organisationsWith = totalHidden -> SmallCounts.suppress(
                dashboard.byOrganisation(), Dashboard.OrganisationBreakdown::participants, totalHidden);
        // the new and the returning add up to the active participants: one of them small hides the other
        List<Integer> newAndReturning = List.of(dashboard.newThisMonth(), dashboard.activeParticipants() - dashboard.newThisMonth());
        SmallCounts.Hidden<Integer> newOrReturning = SmallCounts.suppress(List.of(0, 1), newAndReturning::get);
        boolean activeHidden = SmallCounts.tooFew(dashboard.activeParticipants()) || newOrReturning.total()
                || municipalitiesWith.apply(false).total() || categoriesWith.apply(false).total() || targetGroupsWith.apply(false).total()
                || organisationsWith.apply(false).total();
        SmallCounts.Hidden<Dashboard.Breakdown> municipalities = municipalitiesWith.apply(activeHidden);
        SmallCounts.Hidden<Dashboard.Breakdown> categories = categoriesWith.apply(activeHidden);
        SmallCounts.Hidden<Dashboard.Breakdown> targetGroups = targetGroupsWith.apply(activeHidden);
        SmallCounts.Hidden<Dashboard.OrganisationBreakdown> organisations = organisationsWith.apply(activeHidden);
        // languages overlap (someone who speaks two counts twice), so they add up to no total
        Set<Dashboard.LanguageBreakdown> hiddenLanguages = SmallCounts.hidden(dashboard.byLanguage(), Dashboard.LanguageBreakdown::participants);
        // people present per week are check-ins, at least as many as the people: they must not give a hidden total away either
        SmallCounts.Hidden<Dashboard.Week> present = SmallCounts.suppress(dashboard.weeks(), Dashboard.Week::present, activeHidden);
        SmallCounts.Hidden<Dashboard.Week> noShows = SmallCounts.suppress(dashboard.weeks(), Dashboard.Week::noShows);
        // the check-ins of the breakdowns add up to the weeks' people present, the rates are shares of them
        boolean checkInsHidden = SmallCounts.suppress(dashboard.weeks(), Dashboard.Week::present).total();
        boolean ratesHidden = activeHidden || checkInsHidden || noShows.total();
        Div figures = new Div();
        figures.setId("dashboard-figures");
        figures.addClassName("figures");
        figures.add(tile("running", numbers.format(dashboard.activitiesRunning())),
                tile("active", cells.cell(dashboard.activeParticipants(), activeHidden)),
                tile("new", cells.cell(dashboard.newThisMonth(), activeHidden || newOrReturning.contains(0))),
                ratesHidden ? tile("attendance-rate", cells.notShown()) : rate("attendance-rate", dashboard.attendanceRate()),
                ratesHidden ? tile("no-show-rate", cells.notShown()) : rate("no-show-rate", dashboard.noShowRate()),
                rate("occupancy", dashboard.occupancy()), tile("waiting", cells.figure(dashboard.waiting())),
                tile("matching-queue", cells.figure(dashboard.matchingQueue())),
                // the median wait of one or two people is their own wait
                tile("median-wait", SmallCounts.tooFew(dashboard.matchingQueue()) ? cells.notShown()
                        : numbers.format(dashboard.medianWaitDays())),
                tile("volunteers-active", cells.figure(dashboard.volunteersActive())),
                tile("awaiting-vetting", cells.figure(dashboard.volunteersAwaitingVetting())));
        add(figures);
        add(new ReportTable<>("dashboard-weeks", "reporting.dashboard.weeks", List.of("reporting.dashboard.week", "reporting.dashboard.meetings",
                "reporting.dashboard.present", "reporting.dashboard.no-shows"), dashboard.weeks(), week -> List.of(
                Formats.day(week.monday(), language), numbers.format(week.meetings()), cells.cell(week.present(), present.contains(week)),
                cells.cell(week.noShows(), noShows.contains(week))))
                .withChart(Chart.Kind.LINE, new ReportTable.Plotted<>("reporting.dashboard.present",
                                week -> PeopleCells.plotted(week.present(), present.contains(week))),
                        new ReportTable.Plotted<>("reporting.dashboard.no-shows", week -> PeopleCells.plotted(week.noShows(), noShows.contains(week)))));
        add(breakdown("dashboard-municipalities", "reporting.dashboard.by-municipality", "reporting.dashboard.municipality",
                dashboard.byMunicipality(), municipalities, checkInsHidden, areas::municipalityName));
        add(breakdown("dashboard-categories", "reporting.dashboard.by-category", "reporting.dashboard.category", dashboard.byCategory(),
                categories, checkInsHidden, key -> getTranslation(ActivityCategory.valueOf(key).translationKey())));
        add(breakdown("dashboard-target-groups", "reporting.dashboard.by-target-group", "reporting.dashboard.target-group",
                dashboard.byTargetGroup(), targetGroups, checkInsHidden, key -> getTranslation(TargetGroup.valueOf(key).translationKey())));
        add(new ReportTable<>("dashboard-organisations", "reporting.dashboard.by-organisation", List.of("reporting.dashboard.organisation",
                "reporting.dashboard.participants", "reporting.dashboard.check-ins", "reporting.dashboard.meetings"),
                dashboard.byOrganisation(), row -> List.of(row.name(), cells.cell(row.participants(), organisations.contains(row)),
                        cells.alongside(row.checkIns(), checkInsHidden || organisations.contains(row)), numbers.format(row.meetings()))));
        add(new ReportTable<>("dashboard-languages", "reporting.dashboard.by-language", List.of("reporting.dashboard.language",
                "reporting.dashboard.participants"), dashboard.byLanguage(), row -> List.of(
                languageName(row.language()), cells.cell(row.participants(), hiddenLanguages.contains(row)))));
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
            SmallCounts.Hidden<Dashboard.Breakdown> hidden, boolean checkInsHidden, Function<String, String> name) {
        return new ReportTable<>(id, headingKey, List.of(groupHeadingKey, "reporting.dashboard.participants", "reporting.dashboard.check-ins",
                "reporting.dashboard.meetings"), rows, row -> List.of(name.apply(row.key()), cells.cell(row.participants(), hidden.contains(row)),
                cells.alongside(row.checkIns(), checkInsHidden || hidden.contains(row)), numbers.format(row.meetings())))
                .withChart(Chart.Kind.BAR, new ReportTable.Plotted<>("reporting.dashboard.participants",
                        row -> PeopleCells.plotted(row.participants(), hidden.contains(row))));
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
