package se.motesplats.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.motesplats.shared.MapTiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <motesplats-map>} ({@code frontend/map}): a Leaflet map with one pin, or with circles sized by
 * a figure (the gap map of unmet demand; a table beside it carries the same figures). Nothing of the map loads
 * until {@link #open()}; until then, and when tiles cannot load, the page's own address text and
 * "open in maps" link are what the visitor has, so the map never carries information alone.
 */
@Tag("motesplats-map")
@JsModule("./map/loader.ts")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
public class PlaceMap extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @param label what a screen reader says for the map, e.g. the place's name and address */
    public PlaceMap(MapTiles tiles, String label, String failedText) {
        getElement().setAttribute("tiles", tiles.template());
        getElement().setAttribute("attribution", tiles.attribution());
        getElement().setAttribute("label", label);
        getElement().setAttribute("failed-text", failedText);
        addClassName("place-map");
    }

    public void setPin(@Nullable Double latitude, @Nullable Double longitude) {
        if (latitude == null || longitude == null) {
            getElement().removeAttribute("latitude");
            getElement().removeAttribute("longitude");
        } else {
            getElement().setAttribute("latitude", String.format(Locale.ROOT, "%.6f", latitude));
            getElement().setAttribute("longitude", String.format(Locale.ROOT, "%.6f", longitude));
        }
    }

    /** A circle on the map: where, how big its figure is (the biggest circle has the largest), and what it says on hover or tap. */
    public record Circle(double latitude, double longitude, int size, String label) {
    }

    /** Circles instead of a pin; the map shows them all. */
    public void setCircles(List<Circle> circles) {
        getElement().setAttribute("circles", JSON.writeValueAsString(circles));
    }

    /** Loads the map library and the tiles. */
    public void open() {
        getElement().setAttribute("open", true);
    }

    /** Lets a tap on the map move the pin (the activity editor). */
    public Registration whenPinMoved(ComponentEventListener<PinMoved> listener) {
        getElement().setAttribute("editable", true);
        return addListener(PinMoved.class, listener);
    }

    @DomEvent("pin-moved")
    public static class PinMoved extends ComponentEvent<PlaceMap> {
        private final double latitude;
        private final double longitude;

        public PinMoved(PlaceMap source, boolean fromClient, @EventData("event.detail.latitude") double latitude,
                @EventData("event.detail.longitude") double longitude) {
            super(source, fromClient);
            this.latitude = latitude;
            this.longitude = longitude;
        }

        public double latitude() {
            return latitude;
        }

        public double longitude() {
            return longitude;
        }
    }
}
