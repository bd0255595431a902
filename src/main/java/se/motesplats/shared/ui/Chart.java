package se.motesplats.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <motesplats-chart>} ({@code frontend/chart}): a Chart.js bar or line chart, drawn in the browser
 * from figures the server hands over as JSON. Always placed next to a table with the same figures,
 * which is what screen readers and keyboard users read; the chart is named after that table.
 */
@Tag("motesplats-chart")
@JsModule("./chart/loader.ts")
@NpmPackage(value = "chart.js", version = "4.6.1")
public class Chart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Kind {
        BAR, LINE
    }

    /** One line or one colour of bars: a name for the legend and a value per label. */
    public record Series(String label, List<? extends Number> values) {
    }

    /** @param label what a screen reader says for the picture, e.g. "Chart of the table below: …" */
    public Chart(Kind kind, String label, List<String> labels, List<Series> series, SupportedLanguage language) {
        getElement().setAttribute("label", label);
        getElement().setAttribute("locale", Formats.numberingTag(language));
        getElement().setAttribute("dir", language.direction() == SupportedLanguage.Direction.RTL ? "rtl" : "ltr");
        getElement().setAttribute("data", JSON.writeValueAsString(Map.of(
                "kind", kind.name().toLowerCase(Locale.ROOT), "labels", labels, "series", series)));
        addClassName("report-chart");
    }
}
