package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.TargetGroup;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.ui.DashboardView;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.ui.Chart;
import se.motesplats.shared.ui.TableExport;
import se.motesplats.testing.BrowserlessTestBase;
import se.motesplats.testing.TestClock;

/**
 * The small-count rule on the dashboard of Eksjö, where women's, young people's and everyone's
 * activities had 2, 4 and 5 people: the 2 are "fewer than 3", and the 4 are hidden too so that the 2
 * cannot be found by subtraction; the same in the chart's data and in the CSV and Excel files, read back.
 */
class SmallCountsViewTest extends BrowserlessTestBase {

    static final String EKSJO = "0686";

    @Autowired ReportingTestData data;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired TestClock clock;
    private DashboardView view;

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
        return table.getChild(1).getChildren().map(row -> row.getChildren().map(Element::getText).toList())
                .collect(Collectors.toMap(List::getFirst, cells -> cells.subList(1, cells.size())));
    }
}
