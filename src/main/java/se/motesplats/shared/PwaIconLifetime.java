package se.motesplats.shared;

import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The icons Vaadin makes from the app's icon ({@code /icons/icon-512-32x32.png}, the favicon every page links, and its
 * other sizes) come with {@code no-cache, must-revalidate} and neither {@code ETag} nor {@code Last-Modified}, so every
 * page load downloaded the favicon again in full (1.1 KB, twice on a first visit of two pages and twice on each repeat
 * visit; issue 9, item 1). They get the hour that the app's other icons have ({@code max-age=3600}): their names stay
 * the same when a release changes them, so not longer. Only that exact value of Vaadin's is replaced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PwaIconLifetime extends CacheLifetimeFilter {

    static final String AN_HOUR = "max-age=3600";
    static final String VAADINS = "no-cache, must-revalidate";
    private static final Pattern GENERATED_ICON = Pattern.compile("/icons/icon-\\d+-\\d+x\\d+\\.png");

    @Override
    boolean applies(String path) {
        return GENERATED_ICON.matcher(path).matches();
    }

    @Override
    String lifetime(String value) {
        return VAADINS.equals(value) ? AN_HOUR : value;
    }
}
