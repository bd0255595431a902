package se.motesplats.shared;

import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Files whose names carry a hash of their content never change under that name, so a phone may keep
 * them for a year without asking again: the bundle's files ({@code /VAADIN/build/name-<8 characters>.js},
 * named by Vite) and the fonts ({@code /fonts/name-<8 hex digits of SHA-256>.woff2}, checked by
 * {@code ImmutableFilesModuleTest}). Vaadin's static file server gives them {@code max-age=3600} like every other
 * file, so a repeat visit after an hour revalidated or downloaded them again. Files without a hash
 * (the pages, {@code sw.js}, stylesheets without {@code ?v-c=}, icons) keep Vaadin's short lifetimes,
 * because their names stay the same when a release changes them.
 *
 * <p>Only the lifetime the file server itself writes ({@code max-age=…}) is replaced: a missing file
 * (404) gets none from it, and Spring Security's {@code no-cache, no-store} on error pages stays.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImmutableFiles extends CacheLifetimeFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    private static final Pattern HASHED = Pattern.compile(
            "/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[a-z0-9]+|/fonts/[^/]+-[0-9a-f]{8}\\.woff2");

    static boolean hashed(String path) {
        return HASHED.matcher(path).matches();
    }

    @Override
    boolean applies(String path) {
        return hashed(path);
    }

    @Override
    String lifetime(String value) {
        return value.startsWith("max-age=") ? FOR_A_YEAR : value;
    }
}
