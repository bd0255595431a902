package se.motesplats.activity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityStatus;
import se.motesplats.i18n.LanguagePreference;
import se.motesplats.i18n.SupportedLanguage;

/**
 * schema.org Event data in the first HTML of a published activity's page, so that search engines
 * and calendar tools can read it without running the app.
 */
@Component
class ActivityStructuredData implements VaadinServiceInitListener {

    private static final Pattern DETAIL_PATH = Pattern.compile("^/?" + ActivityDetailView.PATH + "/(\\d+)/?$");

    private final ActivityService activities;
    private final JsonMapper json;

    ActivityStructuredData(ActivityService activities, JsonMapper json) {
        this.activities = activities;
        this.json = json;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("");
            Matcher detail = DETAIL_PATH.matcher(path);
            if (!detail.matches()) {
                return;
            }
            SupportedLanguage language = response.getVaadinRequest() instanceof VaadinServletRequest request
                    ? LanguagePreference.of(request.getHttpServletRequest())
                    : SupportedLanguage.SOURCE;
            activities.detail(Long.parseLong(detail.group(1)), language)
                    .filter(activity -> activity.status() == ActivityStatus.PUBLISHED)
                    .ifPresent(activity -> response.getDocument().head().appendElement("script")
                            .attr("type", "application/ld+json")
                            // organisers' text must not close the script element or open a comment in it ("<!--<script>"
                            // runs the element on to the end of the page): <, > and & as JSON escapes, the same text when read
                            .appendChild(new org.jsoup.nodes.DataNode(json.writeValueAsString(event(activity))
                                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))));
        });
    }

    static Map<String, Object> event(ActivityDetail activity) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", activity.title());
        event.put("description", activity.description());
        event.put("inLanguage", activity.textLanguage().tag());
        event.put("isAccessibleForFree", activity.costSek() == 0);
        event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        event.put("organizer", Map.of("@type", "Organization", "name", activity.organisationName()));
        event.put("location", Map.of("@type", "Place", "name", activity.venue().name(),
                "address", Map.of("@type", "PostalAddress", "streetAddress", activity.venue().address(),
                        "addressLocality", activity.municipalityName(), "addressCountry", "SE")));
        activity.comingMeetings().stream().filter(meeting -> !meeting.cancelled()).findFirst().ifPresent(next -> {
            event.put("startDate", next.startsAt().toString());
            event.put("endDate", next.endsAt().toString());
            event.put("eventStatus", "https://schema.org/EventScheduled");
        });
        return event;
    }
}
