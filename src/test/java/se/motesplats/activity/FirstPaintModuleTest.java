package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;

/**
 * The public pages' first paint (shared.ui.FirstPaint) as a browser receives it, over HTTP on the random port: the
 * bootstrap page of the start page, the listing and an activity's page already carries the page's content in the
 * visitor's language and direction, and organisers' text in it stays text.
 */
class FirstPaintModuleTest extends ModuleTestBase {

    /** Closes the elements around it, opens a script, an event handler and a comment: must all arrive as text. */
    private static final String HOSTILE = "</h2></a></main><script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"><!-- ' & \"";

    @LocalServerPort int port;
    @Autowired PublishedActivities published;
    @Autowired ActivityService activities;
    @Autowired TranslationProvider translations;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path, SupportedLanguage language) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, language.tag());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document document = Jsoup.parse(response.body());
        Element html = document.selectFirst("html");
        assertThat(html.attr("lang")).isEqualTo(language.tag());
        assertThat(html.attr("dir")).isEqualTo(language.direction().attribute());
        // none of the organisers' text became markup: the only scripts are Vaadin's, each with the response's nonce
        assertThat(document.select("#first-paint script, #first-paint img, #first-paint [onerror]")).isEmpty();
        document.select("script").forEach(script -> assertThat(script.attr("nonce")).isNotEmpty());
        return document;
    }

    private static Element firstPaint(Document document) {
        Element firstPaint = document.getElementById("first-paint");
        assertThat(firstPaint).as("the first paint").isNotNull();
        // before the outlet the router fills, so it shows first and the live view replaces it
        assertThat(firstPaint.nextElementSibling()).isNotNull();
        assertThat(document.body().child(0)).isSameAs(firstPaint);
        assertThat(document.getElementById("outlet")).isNotNull();
        assertThat(firstPaint.select("main")).hasSize(1);
        // Vaadin's entry waits for the person's first touch (ADR 0008): its element runs the starter instead
        assertThat(document.select("script[type=module][src]")).isEmpty();
        Element entry = document.selectFirst("head script[data-start]");
        assertThat(entry).isNotNull();
        assertThat(entry.attr("data-start")).matches("VAADIN/build/indexhtml-[\\w-]+\\.js");
        assertThat(entry.data()).contains("dataset.start", "'pointerdown'", "'scroll'", "script.type = 'module'");
        return firstPaint;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "ar", "ti"})
    void theStartPageArrivesWithItsQuestionAndIntroduction(String tag) throws Exception {
        SupportedLanguage language = SupportedLanguage.byTag(tag).orElseThrow();
        Document document = page("/", language);
        assertThat(document.title()).isEqualTo(translations.translate(language, "shared.app.name"));
        Element firstPaint = firstPaint(document);
        assertThat(firstPaint.selectFirst("main h1").text()).isEqualTo(translations.translate(language, "shared.start.question"));
        assertThat(firstPaint.selectFirst("main p").text()).isEqualTo(translations.translate(language, "shared.start.intro"));
        assertThat(firstPaint.selectFirst(".fp-brand").text()).isEqualTo(translations.translate(language, "shared.app.name"));
        // the live page's tiles, in its order: the shortcuts (featured), the menu's public entries, "sign in" last
        assertThat(firstPaint.select(".fp-tile:not(.fp-tile-plain)")).isNotEmpty();
        assertThat(firstPaint.select(".fp-tile-plain").eachAttr("href")).as("pages open to everyone only")
                .containsExactlyInAnyOrder("/check-in", "/activities", "/volunteer", "/ask-for-a-volunteer", "sign-in")
                .last().isEqualTo("sign-in");
        assertThat(firstPaint.select(".fp-tile").last().text()).isEqualTo(translations.translate(language, "shared.layout.sign-in"));
        // the languages, each in its own name and script, as links that reload this page in it
        assertThat(firstPaint.selectFirst(".fp-lang summary").text()).isEqualTo(language.nativeName());
        assertThat(firstPaint.selectFirst(".fp-lang summary").attr("aria-label")).isEqualTo(translations.translate(language, "i18n.picker.open"));
        assertThat(firstPaint.select(".fp-lang a").eachAttr("href")).hasSize(SupportedLanguage.values().length)
                .contains("language/ti?to=", "language/ar?to=");
        assertThat(firstPaint.selectFirst(".fp-lang a[lang=ar]").attr("dir")).isEqualTo("rtl");
        // no font is preloaded: a preload downloads the file even where the phone has the face (fonts.css: local() first)
        assertThat(document.select("head link[rel=preload][as=font]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "ar", "ti"})
    void theListingArrivesWithItsCardsAsPlainLinks(String tag) throws Exception {
        SupportedLanguage language = SupportedLanguage.byTag(tag).orElseThrow();
        long id = published.weekly(HOSTILE, null, true).activityId();
        String swedishTitle = activities.detail(id, SupportedLanguage.SWEDISH).orElseThrow().title();
        String unique = swedishTitle.substring(swedishTitle.lastIndexOf(' ') + 1);
        Document document = page("/activities?q=" + URLEncoder.encode(unique, StandardCharsets.UTF_8), language);
        assertThat(document.title()).isEqualTo(translations.translate(language, "activity.list.title"));
        Element firstPaint = firstPaint(document);

        assertThat(firstPaint.selectFirst("main h1").text()).isEqualTo(translations.translate(language, "activity.list.title"));
        Element search = firstPaint.selectFirst("form[role=search][method=get][action=activities] input[type=search][name=q]");
        assertThat(search).as("a search that works without JavaScript").isNotNull();
        assertThat(search.attr("value")).isEqualTo(unique);
        assertThat(firstPaint.select("a.fp-card")).hasSize(1);
        Element card = firstPaint.selectFirst("a.fp-card");
        assertThat(card.attr("href")).isEqualTo("activities/" + id);
        ActivityDetail shown = activities.detail(id, language).orElseThrow();
        assertThat(card.selectFirst("h2").text()).isEqualTo(shown.title());
        assertThat(card.selectFirst("h2").attr("lang")).isEqualTo(shown.textLanguage().tag());
        if (language != SupportedLanguage.ARABIC) {
            assertThat(card.selectFirst("h2").text()).startsWith(HOSTILE.strip());
        }
        assertThat(card.select("p").eachText()).anySatisfy(line -> assertThat(line).contains("Stadsbiblioteket"));
        assertThat(card.select(".fp-badge").eachText()).contains(translations.translate(language, "activity.badge.drop-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "ar", "ti"})
    void anActivitysPageArrivesWithItsTitleAndKeyFacts(String tag) throws Exception {
        SupportedLanguage language = SupportedLanguage.byTag(tag).orElseThrow();
        long id = published.weekly(HOSTILE, null, false).activityId();
        ActivityDetail shown = activities.detail(id, language).orElseThrow();
        Document document = page("/activities/" + id, language);
        Element firstPaint = firstPaint(document);
        assertThat(document.title()).isEqualTo(shown.title());

        Element title = firstPaint.selectFirst("main h1");
        assertThat(title.text()).isEqualTo(shown.title());
        assertThat(title.attr("lang")).isEqualTo(shown.textLanguage().tag());
        if (language != SupportedLanguage.ARABIC) {
            assertThat(title.text()).startsWith(HOSTILE.strip());
        }
        assertThat(firstPaint.selectFirst(".fp-description").text()).isEqualTo(shown.description());
        assertThat(firstPaint.select("main p").eachText())
                .contains(translations.translate(language, "activity.detail.organiser", java.util.Map.of("name", shown.organisationName())))
                .anySatisfy(line -> assertThat(line).contains("Stadsbiblioteket"));
        assertThat(firstPaint.select(".fp-badge").eachText()).contains(translations.translate(language, "activity.badge.sign-up-needed"));
        assertThat(firstPaint.select("main ul li")).isNotEmpty();
        // the structured data is the other copy of the title in the page; it too stays inside its script
        assertThat(document.select("script[type=application/ld+json]")).hasSize(1);
    }

    @Test
    void noFirstPaintForWhatIsNotPublicOrNotAPublicPage() throws Exception {
        assertThat(page("/activities/999999999", SupportedLanguage.SWEDISH).getElementById("first-paint")).isNull();
        Document signIn = page("/sign-in", SupportedLanguage.SWEDISH);
        assertThat(signIn.getElementById("first-paint")).isNull();
        // there the app's client starts at once, as it must: the page has nothing to show without it
        assertThat(signIn.select("head script[type=module][src*=VAADIN/build/indexhtml]")).hasSize(1);
        assertThat(signIn.select("script[data-start]")).isEmpty();
    }

    @Test
    void robotsTxtIsARobotsFile() throws Exception {
        HttpResponse<String> robots = get("/robots.txt", "sv");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).startsWith("User-agent: *").doesNotContain("<html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "ar", "ti"})
    void everyPublicPageDescribesItselfInTheVisitorsLanguage(String tag) throws Exception {
        SupportedLanguage language = SupportedLanguage.byTag(tag).orElseThrow();
        Element description = page("/activities", language).selectFirst("head meta[name=description]");
        assertThat(description).isNotNull();
        assertThat(description.attr("content")).isEqualTo(translations.translate(language, "shared.app.description"));
    }
}
