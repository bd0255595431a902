package se.motesplats.reporting.ui;

import com.ibm.icu.text.NumberFormat;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.motesplats.reporting.OutcomeLevel;
import se.motesplats.reporting.OutcomeQuestion;
import se.motesplats.reporting.OutcomeService.AreaOutcome;
import se.motesplats.reporting.OutcomeService.OutcomeSummary;

/** Outcomes as tables: counts per face for one activity, or the share of "a lot" per municipality. */
final class OutcomeTable {

    private OutcomeTable() {
    }

    static ReportTable<OutcomeQuestion> ofActivity(OutcomeSummary summary, NumberFormat numbers) {
        List<String> headings = new ArrayList<>(List.of("reporting.outcome.question"));
        Arrays.stream(OutcomeLevel.values()).map(OutcomeLevel::translationKey).forEach(headings::add);
        headings.add("reporting.outcome.share-a-lot");
        return new ReportTable<>("outcome-results", "reporting.outcome.results", headings, List.of(OutcomeQuestion.values()), question -> {
            Map<OutcomeLevel, Integer> counts = summary.counts().get(question);
            List<String> cells = new ArrayList<>(List.of(text(question.translationKey())));
            Arrays.stream(OutcomeLevel.values()).map(level -> numbers.format(counts.get(level))).forEach(cells::add);
            cells.add(percent(summary.percentALot(question)));
            return cells;
        });
    }

    static ReportTable<AreaOutcome> byArea(List<AreaOutcome> areas, NumberFormat numbers) {
        List<String> headings = new ArrayList<>(List.of("reporting.dashboard.municipality", "reporting.outcome.answers"));
        Arrays.stream(OutcomeQuestion.values()).map(OutcomeQuestion::translationKey).forEach(headings::add);
        return new ReportTable<>("dashboard-outcomes", "reporting.outcome.by-municipality", headings, areas, area -> {
            List<String> cells = new ArrayList<>(List.of(area.municipalityName(), numbers.format(area.summary().answers())));
            Arrays.stream(OutcomeQuestion.values()).map(question -> percent(area.summary().percentALot(question))).forEach(cells::add);
            return cells;
        });
    }

    private static String percent(int value) {
        return text("reporting.dashboard.percent", Map.of("value", value));
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private static String text(String key, Map<String, Object> arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
