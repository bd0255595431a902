package se.motesplats.shared;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where map tiles come from. OpenStreetMap's own tile servers by default, which suit a small portal
 * under their usage policy; a larger installation points {@code motesplats.map.tiles} at its own
 * or a commercial tile service with the same {z}/{x}/{y} scheme.
 */
@Component
public class MapTiles {

    private final String template;
    private final String attribution;

    MapTiles(@Value("${motesplats.map.tiles}") String template, @Value("${motesplats.map.attribution}") String attribution) {
        this.template = template;
        this.attribution = attribution;
    }

    /** The tile address with {z}, {x} and {y} for zoom, column and row. */
    public String template() {
        return template;
    }

    public String attribution() {
        return attribution;
    }

    /**
     * The tile server's origin, the one foreign source the Content-Security-Policy lets images come from;
     * empty when the tiles come from this server (a path such as {@code /tiles/{z}/{x}/{y}.png}).
     */
    public Optional<String> origin() {
        URI uri = URI.create(template.replace("{", "").replace("}", ""));
        return uri.getScheme() == null ? Optional.empty() : Optional.of(uri.getScheme() + "://" + uri.getAuthority());
    }
}
