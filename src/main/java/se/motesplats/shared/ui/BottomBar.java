package se.motesplats.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <motesplats-bottom-bar>} ({@code frontend/layout/bars.ts}): a phone's bottom bar of router links with
 * pictogram and translated label, then "More", which opens the drawer. Drawn by the browser from one JSON
 * attribute: as links, icons and labels it was 20 state nodes, 12 KiB of every visitor's session
 * (docs/performance.md). The entry of the page shown is marked with aria-current (attribute "current").
 */
@Tag("motesplats-bottom-bar")
@JsModule("./layout/bars.ts")
class BottomBar extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    BottomBar() {
        setId("bottom-nav");
        addClassName("bottom-nav");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", getTranslation("shared.layout.navigation"));
    }

    /** The first entries as links; "More" (which opens the drawer with all of them) when there are more. */
    void show(List<MenuEntry> entries, int slots) {
        getElement().setAttribute("entries", JSON.writeValueAsString(entries.stream().limit(slots)
                .map(entry -> Map.of("path", entry.path(), "icon", entry.icon() == null ? "vaadin:circle" : entry.icon(),
                        "label", getTranslation(entry.title())))
                .toList()));
        if (entries.size() > slots) {
            getElement().setAttribute("more", getTranslation("shared.layout.more"));
        } else {
            getElement().removeAttribute("more");
        }
    }

    /** Marks the entry of the page shown (a route's path, as in the menu entries). */
    void current(String path) {
        getElement().setAttribute("current", path);
    }
}
