package se.motesplats.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <motesplats-activity-cards>} ({@code frontend/listing}): the listing's cards, drawn by the browser
 * from one JSON attribute. A component tree of 18 nodes a card took 6.6 KiB of session memory each; the
 * list of texts takes a fraction of that (docs/performance.md). The texts are ready to show, already
 * translated and formatted here; the browser sets them as text only.
 */
@Tag("motesplats-activity-cards")
@JsModule("./listing/activity-cards.ts")
class ActivityCards extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One card as shown: link, pictogram ("vaadin:comments"), title in its language, an optional mark, the lines and badges. */
    record Shown(String href, String icon, String title, String lang, @Nullable String mark, @Nullable String markClass, String next,
            String place, @Nullable String distance, List<String> badges) {
    }

    /** The attribute is the only copy of the cards: a second one on the server would double what they cost. */
    private int count;

    ActivityCards() {
        addClassName("activity-cards");
        clear();
    }

    void clear() {
        count = 0;
        getElement().setAttribute("cards", "[]");
    }

    /** "Show more": the new cards join the JSON array the browser already has. */
    void append(List<Shown> more) {
        if (more.isEmpty()) {
            return;
        }
        String shown = getElement().getAttribute("cards");
        String added = JSON.writeValueAsString(more);
        getElement().setAttribute("cards", count == 0 ? added : shown.substring(0, shown.length() - 1) + "," + added.substring(1));
        count += more.size();
    }

    int count() {
        return count;
    }
}
