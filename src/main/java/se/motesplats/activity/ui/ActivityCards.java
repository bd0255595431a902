package se.motesplats.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.ArrayList;
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

    private final List<Shown> shown = new ArrayList<>();

    ActivityCards() {
        addClassName("activity-cards");
    }

    void clear() {
        shown.clear();
        getElement().setAttribute("cards", "[]");
    }

    void append(List<Shown> more) {
        shown.addAll(more);
        getElement().setAttribute("cards", JSON.writeValueAsString(shown));
    }

    int count() {
        return shown.size();
    }
}
