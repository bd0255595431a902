package se.motesplats.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.ui.Chart;
import se.motesplats.shared.ui.TableExport;

/**
 * A plain table under its heading, or a line saying there is nothing. The table scrolls sideways on
 * a phone inside a region that keyboard users can focus and screen readers name after the heading;
 * under it, the same table as CSV and Excel; above it, optionally, a chart of some of its columns.
 */
class ReportTable<T> extends Div {

    /** A column drawn in the chart: its heading and each row's figure ({@code null}: not shown, a gap in the chart). */
    record Plotted<T>(String headingKey, Function<T, @Nullable Integer> value) {
    }

    private final String id;
    private final String heading;
    private final List<T> rows;
    private List<String> labels = List.of();

    ReportTable(String id, String headingKey, List<String> headingKeys, List<T> rows, Function<T, List<String>> cells) {
        this.id = id;
        this.heading = getTranslation(headingKey);
        this.rows = rows;
        H2 title = new H2(heading);
        title.setId(id + "-heading");
        add(title);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("reporting.dashboard.no-data")));
            return;
        }
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.getClassList().add("dashboard-table");
        Element head = new Element("tr");
        headingKeys.forEach(key -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key))));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        List<List<String>> cellRows = rows.stream().map(cells).toList();
        labels = cellRows.stream().map(List::getFirst).toList();
        for (List<String> row : cellRows) {
            Element tr = new Element("tr");
            row.forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-labelledby", id + "-heading");
        scroll.getElement().appendChild(table);
        List<String> headings = headingKeys.stream().map(this::getTranslation).toList();
        add(scroll, new TableExport(id, () -> new TableExport.Table(headings, cellRows)));
    }

    /**
     * A chart of some columns between the heading and the table, labelled by the table's first column. The
     * table stays the full, accessible version of the same figures.
     */
    @SafeVarargs
    final ReportTable<T> withChart(Chart.Kind kind, Plotted<T>... columns) {
        if (rows.isEmpty()) {
            return this;
        }
        List<Chart.Series> series = Arrays.stream(columns).map(column -> new Chart.Series(getTranslation(column.headingKey()),
                rows.stream().map(row -> column.value().apply(row)).toList())).toList();
        Chart chart = new Chart(kind, getTranslation("reporting.chart.label", Map.of("table", heading)), labels, series,
                SupportedLanguage.of(getLocale()));
        chart.setId(id + "-chart");
        addComponentAtIndex(1, chart);
        return this;
    }
}
