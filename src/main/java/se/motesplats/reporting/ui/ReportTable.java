package se.motesplats.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Function;
import se.motesplats.shared.ui.TableExport;

/**
 * A plain table under its heading, or a line saying there is nothing. The table scrolls sideways on
 * a phone inside a region that keyboard users can focus and screen readers name after the heading;
 * under it, the same table as CSV and Excel.
 */
class ReportTable<T> extends Div {

    ReportTable(String id, String headingKey, List<String> headingKeys, List<T> rows, Function<T, List<String>> cells) {
        H2 title = new H2(getTranslation(headingKey));
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
}
