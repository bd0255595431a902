package se.motesplats.activity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.motesplats.i18n.SupportedLanguage;

/**
 * Open data about published activities: iCal calendars per activity and per organisation (so people
 * can keep the meetings in their phone's calendar) and a read-only, paginated JSON listing with the same
 * filters as the listing page. Nothing here shows unpublished activities or personal data.
 */
@RestController
class ActivityFeeds {

    static final int MAX_PAGE_SIZE = 100;

    private final ActivityService activities;

    ActivityFeeds(ActivityService activities) {
        this.activities = activities;
    }

    @GetMapping(value = "/ical/activities/{id}.ics", produces = "text/calendar;charset=UTF-8")
    ResponseEntity<String> calendar(@PathVariable long id, @RequestParam(name = "lang", defaultValue = "sv") String lang) {
        SupportedLanguage language = SupportedLanguage.byTag(lang).orElse(SupportedLanguage.SOURCE);
        return activities.detail(id, language)
                .filter(detail -> detail.status() == ActivityStatus.PUBLISHED)
                .map(detail -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noCache())
                        .header("Content-Disposition", "attachment; filename=\"motesplats-" + id + ".ics\"")
                        .body(calendarOf(detail).toString()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** All published activities of an organisation in one calendar, for its members' and followers' phones. */
    @GetMapping(value = "/ical/organisations/{id}.ics", produces = "text/calendar;charset=UTF-8")
    ResponseEntity<String> organisationCalendar(@PathVariable long id, @RequestParam(name = "lang", defaultValue = "sv") String lang) {
        SupportedLanguage language = SupportedLanguage.byTag(lang).orElse(SupportedLanguage.SOURCE);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "attachment; filename=\"motesplats-organisation-" + id + ".ics\"")
                .body(calendarOf(activities.publishedOf(id, language), language).toString());
    }

    private static Calendar calendarOf(ActivityDetail detail) {
        return calendarOf(List.of(detail), detail.textLanguage());
    }

    private static Calendar calendarOf(List<ActivityDetail> details, SupportedLanguage language) {
        Calendar calendar = new Calendar()
                .withProdId("-//Mötesplats//Activities//" + language.tag().toUpperCase(java.util.Locale.ROOT))
                .withDefaults()
                .getFluentTarget();
        details.forEach(detail -> addMeetings(calendar, detail));
        return calendar;
    }

    private static void addMeetings(Calendar calendar, ActivityDetail detail) {
        String page = ServletUriComponentsBuilder.fromCurrentContextPath().path("/activities/" + detail.id()).toUriString();
        for (OccurrenceView meeting : detail.comingMeetings()) {
            VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), calendarText(detail.title()));
            event.add(new Uid("occurrence-" + meeting.id() + "@motesplats"));
            event.add(new Location(calendarText(detail.venue().name() + ", " + detail.venue().address() + ", " + detail.municipalityName())));
            event.add(new Description(calendarText(detail.description())));
            event.add(new Url(URI.create(page)));
            if (meeting.cancelled()) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
    }

    /**
     * ical4j escapes line breaks written as CRLF or LF but not a lone CR or other control characters,
     * which would start a property of their own (or make the whole feed unreadable): organisers' text
     * keeps its lines, nothing else.
     */
    private static String calendarText(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }

    /** One page of published activities as JSON, next meeting first. */
    @GetMapping(value = "/api/public/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> listing(@RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "lang", defaultValue = "sv") String lang,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        SupportedLanguage language = SupportedLanguage.byTag(lang).orElse(SupportedLanguage.SOURCE);
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        List<ActivityCard> cards = activities.findPublished(ActivityFilterParameters.parse(parameters), language,
                pageNumber * pageSize, pageSize + 1);
        return Map.of(
                "page", pageNumber,
                "size", pageSize,
                "hasMore", cards.size() > pageSize,
                "activities", cards.stream().limit(pageSize).toList());
    }
}
