package se.motesplats.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A visitor's language: the choice they made (remembered in a cookie for a year, so it also works
 * before sign-in and on a shared family phone), else their browser's Accept-Language.
 */
public final class LanguagePreference {

    public static final String COOKIE = "motesplats-lang";
    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private LanguagePreference() {
    }

    public static SupportedLanguage of(HttpServletRequest request) {
        return remembered(request.getCookies())
                .orElseGet(() -> LanguageMatcher.bestMatch(
                        Optional.ofNullable(request.getHeader("Accept-Language")).orElse("")));
    }

    static Optional<SupportedLanguage> remembered(Cookie @org.jspecify.annotations.Nullable [] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> SupportedLanguage.byTag(cookie.getValue()));
    }

    public static void remember(SupportedLanguage language, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge((int) REMEMBERED_FOR.toSeconds());
        cookie.setHttpOnly(false); // the offline page reads it to speak the visitor's language
        cookie.setSecure(false);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
