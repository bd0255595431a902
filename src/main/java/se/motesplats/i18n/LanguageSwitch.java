package se.motesplats.i18n;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Choosing a language is a plain link: it remembers the choice and reloads the page the visitor was
 * on, so the whole page (texts, direction, fonts) comes back in the new language, with or without
 * JavaScript.
 */
@RestController
public class LanguageSwitch {

    static final String PATH = "/language/";

    private final ApplicationEventPublisher events;

    LanguageSwitch(ApplicationEventPublisher events) {
        this.events = events;
    }

    @GetMapping(PATH + "{tag}")
    ResponseEntity<Void> choose(@PathVariable String tag, @RequestParam(name = "to", defaultValue = "") String to,
            HttpServletResponse response) {
        SupportedLanguage language = SupportedLanguage.byTag(tag).orElse(SupportedLanguage.SOURCE);
        LanguagePreference.remember(language, response);
        events.publishEvent(new LanguageChosen(language));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/" + safeLocalPath(to))).build();
    }

    /** Only paths inside the portal, so the link cannot send anyone elsewhere. */
    static String safeLocalPath(String to) {
        String path = to.startsWith("/") ? to.substring(1) : to;
        return path.matches("[A-Za-z0-9/_\\-]*") && !path.startsWith("/") ? path : "";
    }

    /** The link that switches to a language and comes back to a path. */
    public static String link(SupportedLanguage language, String currentPath) {
        return PATH.substring(1) + language.tag() + "?to=" + safeLocalPath(currentPath);
    }
}
