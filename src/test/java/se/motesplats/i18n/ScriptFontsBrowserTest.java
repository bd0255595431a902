package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.motesplats.testing.BrowserTestBase;

/**
 * A phone with no face at all for the Arabic or the Ethiopic script (a fontconfig file hides them from Chromium)
 * downloads the common slice of its script only (fonts.css, FontSlicesTest), and draws bold text with it, in the first
 * paint and in the live view: a bold face declared with local() sources only once made Chromium draw the first paint's
 * bold Tigrinya with the next family's empty boxes.
 */
class ScriptFontsBrowserTest extends BrowserTestBase {

    private static final Path WITHOUT_THE_FACES = Path.of("src/test/resources/benchmark/without-arabic-ethiopic-faces.fonts.conf");

    @ParameterizedTest
    @CsvSource({"ti, Ethiopic, Noto Sans Ethiopic, noto-sans-ethiopic-common-", "ar, Arabic, Noto Sans Arabic, noto-sans-arabic-common-"})
    void aPhoneWithoutTheScriptsFaceDrawsBoldHeadingsWithTheDownloadedSlice(String language, String script, String family,
            String slice) {
        Page page = phoneWithFontsNotTouchedYet(language, WITHOUT_THE_FACES);
        List<String> fonts = new CopyOnWriteArrayList<>();
        page.context().onResponse(response -> {
            if (response.url().contains("/fonts/")) {
                fonts.add(response.url().substring(response.url().lastIndexOf('/') + 1));
            }
        });
        page.navigate(url(""));
        assertDrawnWith(page, "#first-paint h1", script, family);
        screenshot(page, "script-font-without-faces-first-paint-" + language);

        page.touchscreen().tap(PHONE_WIDTH / 2.0, PHONE_HEIGHT - 20);
        page.waitForSelector("#start-question");
        assertDrawnWith(page, "#start-question", script, family);
        assertThat(fonts).singleElement().asString().startsWith(slice);
    }

    /** The element's text is bold, and its letters of the script are drawn with the family's slice, not another font. */
    private static void assertDrawnWith(Page page, String selector, String script, String family) {
        page.waitForSelector(selector);
        page.evaluate("() => document.fonts.ready.then(() => true)");
        assertThat(Integer.parseInt((String) page.evaluate("selector => getComputedStyle(document.querySelector(selector)).fontWeight",
                selector))).as("%s is bold", selector).isGreaterThanOrEqualTo(600);
        CDPSession devTools = page.context().newCDPSession(page);
        devTools.send("DOM.enable");
        devTools.send("CSS.enable");
        JsonObject query = new JsonObject();
        query.addProperty("nodeId", devTools.send("DOM.getDocument").getAsJsonObject("root").get("nodeId").getAsInt());
        query.addProperty("selector", selector);
        JsonObject node = new JsonObject();
        node.addProperty("nodeId", devTools.send("DOM.querySelector", query).get("nodeId").getAsInt());
        JsonArray drawnWith = devTools.send("CSS.getPlatformFontsForNode", node).getAsJsonArray("fonts");
        devTools.detach();
        int ours = 0;
        int others = 0;
        for (var font : drawnWith) {
            JsonObject used = font.getAsJsonObject();
            if (used.get("isCustomFont").getAsBoolean() && used.get("familyName").getAsString().equals(family)) {
                ours += used.get("glyphCount").getAsInt();
            } else {
                others += used.get("glyphCount").getAsInt();
            }
        }
        // spaces and Latin punctuation come from the system's font; the script's letters, bold, from the slice
        int notOfTheScript = ((Number) page.evaluate("([selector, script]) => [...document.querySelector(selector).textContent]"
                + ".filter((c) => !new RegExp('\\\\p{Script=' + script + '}', 'u').test(c)).length", List.of(selector, script)))
                .intValue();
        assertThat(ours).as("%s: glyphs drawn with %s: %s", selector, family, drawnWith).isPositive();
        assertThat(others).as("%s: glyphs drawn with other fonts (boxes where a letter is): %s", selector, drawnWith)
                .isLessThanOrEqualTo(notOfTheScript);
    }
}
