package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.Profile;
import se.motesplats.people.ProfileService;
import se.motesplats.reporting.ui.DashboardView;
import se.motesplats.reporting.ui.UnmetDemandView;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.ui.Chart;
import se.motesplats.shared.ui.PlaceMap;
import se.motesplats.shared.ui.TableExport;
import se.motesplats.testing.BrowserlessTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * The small-count rule on the dashboard of Eksjö, where women's, young people's and everyone's
 * activities had 2, 4 and 5 people: the 2 are "fewer than 3", and the 4 are hidden too so that the 2
 * cannot be found by subtraction; the same in the chart's data and in the CSV and Excel files, read back.
 */
class SmallCountsViewTest extends BrowserlessTestBase {

    static final String EKSJO = "0686";
    static final String BORAS = "1490";
    static final String AMAL = "1492";
    static final String LIDKOPING = "1494";
    static final String MARIESTAD = "1493";

    @Autowired ReportingTestData data;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired TestClock clock;
    @Autowired ProfileService profiles;
    @Autowired JdbcClient jdbc;
    private com.vaadin.flow.component.Component view;

    @Test
    void fewerThanThreePeopleAreNotShownNorCanTheyBeWorkedOut() throws IOException {
        Map<TargetGroup, Integer> people = Map.of(TargetGroup.WOMEN, 2, TargetGroup.YOUTH, 4, TargetGroup.EVERYONE, 5);
        people.forEach((group, count) -> {
            ReportingTestData.Activity activity = data.activity(EKSJO, "Föreningen " + group, ActivityCategory.CRAFTS, group);
            long meeting = data.meeting(activity.id(), clock.instant().minus(2, ChronoUnit.DAYS));
            for (int n = 0; n < count; n++) {
                data.present(meeting, accounts.ensureAccount("p-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC,
                        List.of(Roles.PARTICIPANT)), false);
            }
        });
        long coordinator = accounts.ensureAccount("c-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(EKSJO)));
        signIn(coordinator, Roles.COORDINATOR);
        view = navigate(DashboardView.class);

        String fewer = t("reporting.small-count.fewer", Map.of("fewest", 3));
        String hidden = t("reporting.small-count.hidden");
        assertThat(fewer).isEqualTo("färre än 3");
        Map<String, List<String>> shown = rows(table("dashboard-target-groups"));
        assertThat(shown).containsEntry(t(TargetGroup.WOMEN.translationKey()), List.of(fewer, hidden, "1"))
                .containsEntry(t(TargetGroup.YOUTH.translationKey()), List.of(hidden, hidden, "1"))
                .containsEntry(t(TargetGroup.EVERYONE.translationKey()), List.of("5", "5", "1"));
        assertThat($(Chart.class).id("dashboard-target-groups-chart").getElement().getAttribute("data"))
                .as("no bar for hidden rows").contains("\"values\":[5,null,null]");
        assertThat(rows(table("dashboard-organisations")).values()).extracting(row -> row.getFirst())
                .containsExactlyInAnyOrder("5", hidden, fewer);

        TableExport.Table exported = $(TableExport.class).all().stream().map(TableExport::table)
                .filter(table -> table.headings().contains(t("reporting.dashboard.target-group"))).findFirst().orElseThrow();
        String csv = new String(TableExport.csv(exported), StandardCharsets.UTF_8);
        assertThat(csv).contains(t(TargetGroup.WOMEN.translationKey()) + "," + fewer + "," + hidden + ",1\r\n")
                .contains(t(TargetGroup.YOUTH.translationKey()) + "," + hidden + "," + hidden + ",1\r\n");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableExport.excel(exported, "target-groups")))) {
            List<List<String>> sheet = workbook.getFirstSheet().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()).toList();
            assertThat(sheet).contains(List.of(t(TargetGroup.WOMEN.translationKey()), fewer, hidden, "1"))
                    .noneMatch(row -> row.contains("2") || row.contains("4"));
        }
    }

    /**
     * In Åmål two people came to one meeting and one person waits for a place: the key figures, the
     * week's people present and the municipality's row say "fewer than 3"; what would let the two be
     * worked out (their check-ins, the rates) says "not shown"; the weeks' CSV and Excel files the same.
     */
    @Test
    void theKeyFiguresAndWeeksOfAScopeWithTwoPeopleShowFewerThanThree() throws IOException {
        ReportingTestData.Activity activity = data.activity(AMAL, "Föreningen i Åmål", ActivityCategory.MUSIC, TargetGroup.EVERYONE);
        long meeting = data.meeting(activity.id(), clock.instant().minus(2, ChronoUnit.DAYS));
        for (int n = 0; n < 2; n++) {
            data.present(meeting, participant(), false);
        }
        waitFor(activity.id(), participant());
        view = dashboardOf(AMAL);

        String fewer = t("reporting.small-count.fewer", Map.of("fewest", 3));
        String hidden = t("reporting.small-count.hidden");
        assertThat(figure("active")).isEqualTo(fewer);
        assertThat(figure("new")).isIn(fewer, hidden);
        assertThat(figure("attendance-rate")).isEqualTo(hidden);
        assertThat(figure("no-show-rate")).isEqualTo(hidden);
        assertThat(figure("waiting")).isEqualTo(fewer);
        assertThat(figure("running")).as("activities are not people").isEqualTo("1");
        assertThat(rows(table("dashboard-municipalities"))).containsEntry(areas.municipalityName(AMAL), List.of(fewer, hidden, "1"));

        List<List<String>> weeks = rows(table("dashboard-weeks")).values().stream().toList();
        assertThat(weeks).extracting(week -> week.get(1)).containsOnly("0", fewer).contains(fewer);
        assertThat(weeks).extracting(week -> week.get(0)).as("meetings are not people").contains("1");
        assertThat($(Chart.class).id("dashboard-weeks-chart").getElement().getAttribute("data")).doesNotContain(",2,").doesNotContain("[2,")
                .doesNotContain(",2]");
        TableExport.Table exported = export(t("reporting.dashboard.present"));
        assertThat(new String(TableExport.csv(exported), StandardCharsets.UTF_8)).contains("," + fewer + ",").doesNotContain(",2,");
        assertThat(excel(exported)).anyMatch(row -> row.contains(fewer)).noneMatch(row -> row.get(2).equals("2"));
    }

    /**
     * In Mariestad two and two people came to activities for women and for young people: each group
     * says "fewer than 3", and since 4 (the people of the municipality, of the kind of activity, the
     * key figure) minus nothing shown would tell that both are 2, those totals are not shown either.
     */
    @Test
    void whenEveryRowIsSmallTheTotalsTheyAddUpToAreNotShown() {
        for (TargetGroup group : List.of(TargetGroup.WOMEN, TargetGroup.YOUTH)) {
            ReportingTestData.Activity activity = data.activity(MARIESTAD, "Föreningen " + group, ActivityCategory.SPORT, group);
            long meeting = data.meeting(activity.id(), clock.instant().minus(2, ChronoUnit.DAYS));
            for (int n = 0; n < 2; n++) {
                data.present(meeting, participant(), false);
            }
        }
        view = dashboardOf(MARIESTAD);

        String fewer = t("reporting.small-count.fewer", Map.of("fewest", 3));
        String hidden = t("reporting.small-count.hidden");
        assertThat(rows(table("dashboard-target-groups"))).containsEntry(t(TargetGroup.WOMEN.translationKey()), List.of(fewer, hidden, "1"))
                .containsEntry(t(TargetGroup.YOUTH.translationKey()), List.of(fewer, hidden, "1"));
        assertThat(figure("active")).isEqualTo(hidden);
        assertThat(rows(table("dashboard-municipalities"))).containsEntry(areas.municipalityName(MARIESTAD), List.of(hidden, hidden, "2"));
        assertThat(rows(table("dashboard-categories"))).containsEntry(t(ActivityCategory.SPORT.translationKey()), List.of(hidden, hidden, "2"));
        assertThat(export(t("reporting.dashboard.target-group")).rows()).noneMatch(row -> row.contains("2") || row.contains("4"));
        assertThat(export(t("reporting.dashboard.municipality")).rows()).noneMatch(row -> row.contains("4"));
        assertThat(rows(table("dashboard-weeks")).values()).as("the check-ins of the week would give the 4 away")
                .extracting(week -> week.get(1)).containsOnly("0", hidden);
    }

    /** In Lidköping four people came and three wait: the numbers are shown. */
    @Test
    void threeOrMorePeopleAreShown() throws IOException {
        ReportingTestData.Activity activity = data.activity(LIDKOPING, "Föreningen i Lidköping", ActivityCategory.OUTDOORS, TargetGroup.EVERYONE);
        long meeting = data.meeting(activity.id(), clock.instant().minus(2, ChronoUnit.DAYS));
        for (int n = 0; n < 4; n++) {
            data.present(meeting, participant(), false);
        }
        for (int n = 0; n < 3; n++) {
            waitFor(activity.id(), participant());
        }
        view = dashboardOf(LIDKOPING);

        assertThat(figure("active")).isEqualTo("4");
        assertThat(figure("waiting")).isEqualTo("3");
        assertThat(figure("attendance-rate")).isNotEqualTo(t("reporting.small-count.hidden"));
        assertThat(rows(table("dashboard-municipalities"))).containsEntry(areas.municipalityName(LIDKOPING), List.of("4", "4", "1"));
        assertThat(rows(table("dashboard-weeks")).values()).extracting(week -> week.get(1)).contains("4");
        TableExport.Table exported = export(t("reporting.dashboard.present"));
        assertThat(new String(TableExport.csv(exported), StandardCharsets.UTF_8)).contains(",1,4,0\r\n");
        assertThat(excel(exported)).anyMatch(row -> row.subList(1, 4).equals(List.of("1", "4", "0")));
    }

    /**
     * What is missing in Borås: two people want sport and speak Tigrinya, four want music and speak
     * Ukrainian, five want crafts and speak Somali. Sport's 2 and Tigrinya's 2 say "fewer than 3",
     * music's 4 and Ukrainian's 4 are hidden with them; the 5s are shown, in the tables, their CSV and
     * Excel files, and the map's circle, which adds up only what the tables show (5 + 5).
     */
    @Test
    void theGapsOfAFewPeopleAreNotShownInTablesFilesOrMap() throws IOException {
        Map<ActivityCategory, SupportedLanguage> wishes = Map.of(ActivityCategory.SPORT, SupportedLanguage.TIGRINYA, ActivityCategory.MUSIC,
                SupportedLanguage.UKRAINIAN, ActivityCategory.CRAFTS, SupportedLanguage.SOMALI);
        Map<ActivityCategory, Integer> people = Map.of(ActivityCategory.SPORT, 2, ActivityCategory.MUSIC, 4, ActivityCategory.CRAFTS, 5);
        people.forEach((category, count) -> {
            for (int n = 0; n < count; n++) {
                ModuleTestBase.runAs(participant(), () -> profiles.save(new Profile(Set.of(wishes.get(category), SupportedLanguage.SWEDISH), null,
                        BORAS, Set.of(category))), Roles.PARTICIPANT);
            }
        });
        // a language café whose leaders speak Arabic, with no place on the map: the circle stands on Borås itself
        data.activity(BORAS, "Kaféet i Borås", ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE);
        long coordinator = accounts.ensureAccount("c-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(BORAS)));
        signIn(coordinator, Roles.COORDINATOR);
        UnmetDemandView gaps = navigate(UnmetDemandView.class);
        view = gaps;

        String fewer = t("reporting.small-count.fewer", Map.of("fewest", 3));
        String hidden = t("reporting.small-count.hidden");
        String boras = areas.municipalityName(BORAS);
        Map<String, List<String>> categories = rows(table("gaps-categories"), 2);
        assertThat(categories).containsEntry(t(ActivityCategory.SPORT.translationKey()), List.of(fewer, "0", "0"))
                .containsEntry(t(ActivityCategory.MUSIC.translationKey()), List.of(hidden, "0", "0"))
                .containsEntry(t(ActivityCategory.CRAFTS.translationKey()), List.of("5", "0", "0"));
        Map<String, List<String>> languages = rows(table("gaps-languages"), 2);
        assertThat(languages).containsEntry(SupportedLanguage.TIGRINYA.nativeName(), List.of(fewer))
                .containsEntry(SupportedLanguage.UKRAINIAN.nativeName(), List.of(hidden))
                .containsEntry(SupportedLanguage.SOMALI.nativeName(), List.of("5"));

        TableExport.Table categoryFile = export(t("reporting.gaps.interested"));
        assertThat(new String(TableExport.csv(categoryFile), StandardCharsets.UTF_8))
                .contains(boras + "," + t(ActivityCategory.SPORT.translationKey()) + "," + fewer + ",0,0\r\n")
                .contains(boras + "," + t(ActivityCategory.MUSIC.translationKey()) + "," + hidden + ",0,0\r\n")
                .contains(boras + "," + t(ActivityCategory.CRAFTS.translationKey()) + ",5,0,0\r\n");
        assertThat(excel(categoryFile)).contains(List.of(boras, t(ActivityCategory.SPORT.translationKey()), fewer, "0", "0"))
                .noneMatch(row -> row.contains("2") || row.contains("4"));
        TableExport.Table languageFile = export(t("reporting.gaps.people"));
        assertThat(new String(TableExport.csv(languageFile), StandardCharsets.UTF_8))
                .contains(boras + "," + SupportedLanguage.TIGRINYA.nativeName() + "," + fewer + "\r\n");
        assertThat(excel(languageFile)).contains(List.of(boras, SupportedLanguage.UKRAINIAN.nativeName(), hidden),
                List.of(boras, SupportedLanguage.SOMALI.nativeName(), "5")).noneMatch(row -> row.contains("2") || row.contains("4"));

        String circles = $(PlaceMap.class).id("gaps-map").getElement().getAttribute("circles");
        assertThat(circles).contains("\"latitude\":57.721,\"longitude\":12.941,\"size\":10").contains(t("reporting.gaps.map-circle", Map.of("municipality", boras, "wishes", "10")))
                .as("not 2 + 4 + 5 + 2 + 4 + 5").doesNotContain("22");
    }

    private long participant() {
        return accounts.ensureAccount("p-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT));
    }

    private void waitFor(long activity, long person) {
        jdbc.sql("""
                insert into signup (activity_id, occurrence_id, account_id, status, places, created_at, queued_at)
                values (?, 0, ?, 'WAITLISTED', 1, current_timestamp(6), current_timestamp(6))""").params(activity, person).update();
    }

    private DashboardView dashboardOf(String municipality) {
        long coordinator = accounts.ensureAccount("c-" + UUID.randomUUID() + "@motesplats.test", "Kerstin", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(municipality)));
        signIn(coordinator, Roles.COORDINATOR);
        return navigate(DashboardView.class);
    }

    /** The value of a key figure. */
    private String figure(String key) {
        return descendants(view.getElement()).filter(element -> ("figure-" + key).equals(element.getAttribute("id"))).findFirst()
                .orElseThrow().getChild(0).getText();
    }

    /** The download of the table with this heading. */
    private TableExport.Table export(String heading) {
        return $(TableExport.class).all().stream().map(TableExport::table).filter(table -> table.headings().contains(heading)).findFirst()
                .orElseThrow();
    }

    private static List<List<String>> excel(TableExport.Table table) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableExport.excel(table, "export")))) {
            return workbook.getFirstSheet().read().stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList())
                    .toList();
        }
    }

    private static String t(String key, Object... parameters) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, parameters);
    }

    private Element table(String id) {
        return descendants(view.getElement())
                .filter(element -> id.equals(element.getAttribute("id")) && "table".equals(element.getTag())).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id + " in " + view.getElement().getOuterHTML()));
    }

    private static java.util.stream.Stream<Element> descendants(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element), element.getChildren().flatMap(SmallCountsViewTest::descendants));
    }

    /** The body's rows by their first cell, with the other cells. */
    private static Map<String, List<String>> rows(Element table) {
        return rows(table, 1);
    }

    /** The body's rows by their cell before this column, with the cells from it on. */
    private static Map<String, List<String>> rows(Element table, int from) {
        return table.getChild(1).getChildren().map(row -> row.getChildren().map(Element::getText).toList())
                .collect(Collectors.toMap(cells -> cells.get(from - 1), cells -> cells.subList(from, cells.size())));
    }
}
