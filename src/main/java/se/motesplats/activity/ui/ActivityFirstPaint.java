package se.motesplats.activity.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ActivityFilter;
import se.motesplats.activity.ActivityFilterParameters;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityStatus;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.shared.ui.FirstPaintPage;

/**
 * The first paint of the listing and of a published activity's page (shared.ui.FirstPaint): the listing's heading, a
 * search that works without JavaScript and its first cards as plain links; the activity's title, description and key
 * facts. Texts come from {@link CardTexts} and {@link ActivityFacts}, as the views' do. Every text goes in through
 * jsoup's {@code text()} or {@code attr()}, which escape it: titles and descriptions are organisers' text.
 */
@Component
class ActivityFirstPaint implements FirstPaintPage {

    private static final Pattern DETAIL = Pattern.compile(ActivityDetailView.PATH + "/(\\d{1,18})");
    /** Coming meetings listed; the live page lists them all. */
    private static final int MEETINGS = 5;

    private final ActivityService activities;
    private final TranslationProvider translations;

    ActivityFirstPaint(ActivityService activities, TranslationProvider translations) {
        this.activities = activities;
        this.translations = translations;
    }

    @Override
    public Optional<Content> render(String path, Map<String, List<String>> parameters, SupportedLanguage language) {
        Texts texts = (key, params) -> translations.translate(language, key, params);
        if (path.equals(ActivityListView.PATH)) {
            return Optional.of(new Content(texts.get("activity.list.title"), listing(ActivityFilterParameters.parse(parameters), language, texts)));
        }
        Matcher detail = DETAIL.matcher(path);
        if (detail.matches()) {
            return activities.detail(Long.parseLong(detail.group(1)), language)
                    .filter(activity -> activity.status() == ActivityStatus.PUBLISHED)
                    .map(activity -> new Content(activity.title(), detail(activity, language, texts)));
        }
        return Optional.empty();
    }

    private Element listing(ActivityFilter filter, SupportedLanguage language, Texts texts) {
        Element main = new Element("main");
        main.appendElement("h1").text(texts.get("activity.list.title"));
        Element search = main.appendElement("form").addClass("fp-filters").attr("action", ActivityListView.PATH)
                .attr("method", "get").attr("role", "search");
        Element label = search.appendElement("label").addClass("fp-field");
        label.appendElement("span").text(texts.get("activity.filter.search"));
        label.appendElement("input").attr("type", "search").attr("name", ActivityFilterParameters.TEXT).attr("value", filter.text())
                .attr("data-live", ActivityListView.SEARCH_ID);
        if (filter.wantsPosition()) {
            // where the phone is, only the live page can ask
            return main;
        }
        Element cards = main.appendElement("div").addClass("fp-cards");
        for (var card : activities.findPublished(filter, language, 0, ActivityListView.PAGE)) {
            ActivityCards.Shown shown = CardTexts.shown(card, language, texts);
            Element link = cards.appendElement("a").addClass("fp-card").attr("href", shown.href());
            link.appendElement("span").addClass("fp-icon").attr("aria-hidden", "true");
            Element body = link.appendElement("div");
            body.appendElement("h2").attr("lang", shown.lang()).text(shown.title());
            if (shown.mark() != null) {
                body.appendElement("span").addClass("fp-badge").addClass("fp-untranslated").text(shown.mark());
            }
            body.appendElement("p").text(shown.next());
            Element place = body.appendElement("p").text(shown.place());
            if (shown.distance() != null) {
                place.appendText(" · ").appendElement("span").addClass("fp-distance").text(shown.distance());
            }
            Element badges = body.appendElement("div").addClass("fp-badges");
            shown.badges().forEach(badge -> badges.appendElement("span").addClass("fp-badge").text(badge));
        }
        return main;
    }

    private Element detail(ActivityDetail activity, SupportedLanguage language, Texts texts) {
        Element main = new Element("main");
        main.appendElement("h1").attr("lang", activity.textLanguage().tag()).text(activity.title());
        if (activity.textLanguage() != language) {
            main.appendElement("span").addClass("fp-badge").addClass("fp-untranslated").text(texts.get("activity.list.not-translated"));
        } else if (activity.machineTranslated()) {
            main.appendElement("span").addClass("fp-badge").addClass("fp-untranslated")
                    .text(texts.get("activity.detail.machine-translated"));
        }
        main.appendElement("p").addClass("fp-description").attr("lang", activity.textLanguage().tag()).text(activity.description());
        Element facts = main.appendElement("div");
        ActivityFacts.lines(activity, texts).forEach(fact -> facts.appendElement("p").text(fact.text()));
        Element badges = facts.appendElement("div").addClass("fp-badges");
        ActivityFacts.badgeKeys(activity).forEach(key -> badges.appendElement("span").addClass("fp-badge").text(texts.get(key)));
        main.appendElement("h2").text(texts.get("activity.detail.where"));
        main.appendElement("p").text(ActivityFacts.address(activity));
        main.appendElement("h2").text(texts.get("activity.detail.meetings"));
        List<OccurrenceView> meetings = activity.comingMeetings();
        if (meetings.isEmpty()) {
            main.appendElement("p").text(texts.get("activity.detail.no-meetings"));
        } else {
            Element list = main.appendElement("ul");
            meetings.stream().limit(MEETINGS).forEach(meeting -> list.appendElement("li").text(ActivityFacts.meeting(meeting, language, texts)));
        }
        return main;
    }
}
