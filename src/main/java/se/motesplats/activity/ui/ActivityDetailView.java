package se.motesplats.activity.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityStatus;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.activity.Venue;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.ui.DatePickers;
import se.motesplats.shared.MapTiles;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.PlaceMap;
import se.motesplats.shared.ui.Pictogram;

/**
 * One activity: what it is, who runs it, where (with a link that opens any maps app, and a map on request) and every
 * coming meeting, with a calendar file to save them. Other modules add sections (signing up).
 */
@Route(ActivityDetailView.PATH + "/:id")
@AnonymousAllowed
// the sections other modules plug in (ActivityDetailSection beans) are not followed by Vaadin's scan of the route's
// classes, so the components they use that the app shell does not load go into this route's chunk from here:
// the sign-up's companions editor (SignupJourneyBrowserTest)
@Uses(IntegerField.class)
public class ActivityDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "activities";

    private final transient ActivityService activities;
    private final transient List<ActivityDetailSection> sections;
    private final transient MapTiles tiles;
    private String title = "";

    public ActivityDetailView(ActivityService activities, List<ActivityDetailSection> sections, MapTiles tiles) {
        this.activities = activities;
        this.sections = sections;
        this.tiles = tiles;
        addClassName("activity-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        ActivityDetail detail = activities.detail(id, language).orElseThrow(NotFoundException::new);
        title = detail.title();
        removeAll();
        H1 heading = new H1(detail.title());
        heading.setId("activity-title");
        heading.getElement().setAttribute("lang", detail.textLanguage().tag());
        add(heading);
        if (detail.textLanguage() != language) {
            Span untranslated = new Span(getTranslation("activity.list.not-translated"));
            untranslated.addClassNames("badge", "badge-untranslated");
            add(untranslated);
        } else if (detail.machineTranslated()) {
            Span machine = new Span(getTranslation("activity.detail.machine-translated"));
            machine.setId("activity-machine-translated");
            machine.addClassNames("badge", "badge-untranslated", "badge-machine-translated");
            add(machine);
        }
        add(new ReadAloudButton(detail.title() + ". " + detail.description(), detail.textLanguage()));
        Paragraph description = new Paragraph(detail.description());
        description.getElement().setAttribute("lang", detail.textLanguage().tag());
        description.addClassName("activity-description");
        add(description);
        add(facts(detail));
        if (detail.status() == ActivityStatus.PUBLISHED) {
            sections.forEach(section -> add(section.create(detail)));
        }
        add(place(detail));
        add(meetings(detail, language));
        Anchor calendar = new Anchor("ical/activities/" + detail.id() + ".ics", getTranslation("activity.detail.calendar"));
        calendar.setId("activity-calendar");
        calendar.getElement().setAttribute("router-ignore", true);
        calendar.getElement().setAttribute("download", true);
        add(new Paragraph(calendar), shareButton(detail.title()));
    }

    /**
     * The phone's own share sheet (WhatsApp, SMS …) where the browser has one; elsewhere the address is
     * copied, or shown to copy by hand. Constant code; the title goes in as $0.
     */
    private static final String SHARE = """
            const page = { title: $0, url: location.href };
            if (navigator.share) {
              return navigator.share(page).then(() => 'shared', () => 'shared');
            }
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(page.url).then(() => 'copied', () => page.url);
            }
            return page.url;""";

    private Button shareButton(String title) {
        Button share = new Button(getTranslation("activity.detail.share"), new Pictogram("vaadin:share"));
        share.setId("activity-share");
        share.addClickListener(click -> share.getElement().executeJs(SHARE, title).then(String.class, outcome -> {
            if (outcome.equals("copied")) {
                Notification.show(getTranslation("activity.detail.link-copied"), 4000, Notification.Position.MIDDLE);
            } else if (!outcome.equals("shared")) {
                Notification.show(getTranslation("activity.detail.copy-link", Map.of("link", outcome)), 10000,
                        Notification.Position.MIDDLE);
            }
        }));
        return share;
    }

    private Div facts(ActivityDetail detail) {
        Div facts = new Div();
        facts.addClassName("activity-facts");
        for (ActivityFacts.Fact fact : ActivityFacts.lines(detail, this::getTranslation)) {
            Paragraph line = new Paragraph(fact.text());
            if (fact.id() != null) {
                line.setId(fact.id());
            }
            facts.add(line);
        }
        Div badges = new Div();
        badges.addClassName("badges");
        ActivityFacts.badgeKeys(detail).forEach(key -> badges.add(badge(key)));
        facts.add(badges);
        return facts;
    }

    private Div place(ActivityDetail detail) {
        Div place = new Div();
        place.addClassName("activity-place");
        place.add(new H2(getTranslation("activity.detail.where")));
        String address = ActivityFacts.address(detail);
        place.add(new Paragraph(address));
        Venue venue = detail.venue();
        String query = URLEncoder.encode(venue.address() + ", " + detail.municipalityName(), StandardCharsets.UTF_8);
        Anchor link = new Anchor(!venue.pinned()
                ? "https://www.openstreetmap.org/search?query=" + query
                : String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%1$.6f&mlon=%2$.6f#map=17/%1$.6f/%2$.6f",
                        venue.latitude(), venue.longitude()),
                getTranslation("activity.detail.open-map"), AnchorTarget.BLANK);
        link.setId("activity-map-link");
        link.getElement().setAttribute("rel", "noopener");
        place.add(new Paragraph(link));
        if (venue.pinned()) {
            // loaded on request: the library and tiles weigh more than the rest of the page
            PlaceMap map = new PlaceMap(tiles, getTranslation("activity.detail.map-label", Map.of("place", address)),
                    getTranslation("activity.detail.map-failed"));
            map.setId("activity-map");
            map.setPin(venue.latitude(), venue.longitude());
            Button show = new Button(getTranslation("activity.detail.show-map"), new Pictogram("vaadin:map-marker"));
            show.setId("activity-show-map");
            show.addClickListener(click -> {
                map.open();
                show.setVisible(false);
            });
            place.add(show, map);
        }
        return place;
    }

    private Div meetings(ActivityDetail detail, SupportedLanguage language) {
        Div meetings = new Div();
        meetings.add(new H2(getTranslation("activity.detail.meetings")));
        UnorderedList list = new UnorderedList();
        list.setId("activity-meetings");
        for (OccurrenceView meeting : detail.comingMeetings()) {
            String when = ActivityFacts.when(meeting, language);
            ListItem item = new ListItem(ActivityFacts.meeting(meeting, language, this::getTranslation));
            if (meeting.cancelled()) {
                item.addClassName("cancelled");
            } else if (detail.manageableByCaller()) {
                item.add(moveButton(meeting), cancelButton(meeting, when));
            }
            list.add(item);
        }
        if (detail.comingMeetings().isEmpty()) {
            meetings.add(new Paragraph(getTranslation("activity.detail.no-meetings")));
        } else {
            meetings.add(list);
        }
        return meetings;
    }

    /** Organisers move a single meeting to another day or time; its length stays the same. */
    private Button moveButton(OccurrenceView meeting) {
        Button move = new Button(getTranslation("activity.detail.move-meeting"), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("activity.detail.move-meeting"));
            ZonedDateTime start = meeting.startsAt().atZone(Zones.STOCKHOLM);
            DatePicker date = new DatePicker(getTranslation("activity.detail.new-date"), start.toLocalDate());
            date.addClassName("move-date");
            DatePickers.localise(date, getLocale());
            TimePicker time = new TimePicker(getTranslation("activity.detail.new-time"), start.toLocalTime());
            time.addClassName("move-time");
            dialog.add(date, time);
            Button save = new Button(getTranslation("activity.editor.save"), saveClick -> {
                if (date.isEmpty() || time.isEmpty()) {
                    return;
                }
                activities.moveOccurrence(meeting.id(), date.getValue().atTime(time.getValue()).atZone(Zones.STOCKHOLM).toInstant());
                dialog.close();
                UI.getCurrent().refreshCurrentRoute(false);
            });
            save.addClassName("confirm-move");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("security.accounts.cancel"), noClick -> dialog.close()), save);
            dialog.open();
        });
        move.addClassName("move-meeting");
        move.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return move;
    }

    /** Organisers cancel a single meeting after confirming; sign-up and notification hear of it by event. */
    private Button cancelButton(OccurrenceView meeting, String when) {
        Button cancel = new Button(getTranslation("activity.detail.cancel-meeting"), click -> {
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle(getTranslation("activity.detail.cancel-confirm", Map.of("when", when)));
            Button yes = new Button(getTranslation("activity.detail.cancel-meeting"), yesClick -> {
                activities.cancelOccurrence(meeting.id());
                confirm.close();
                UI.getCurrent().refreshCurrentRoute(false);
            });
            yes.addClassName("confirm-cancel");
            yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
            confirm.getFooter().add(new Button(getTranslation("security.accounts.cancel"), noClick -> confirm.close()), yes);
            confirm.open();
        });
        cancel.addClassName("cancel-meeting");
        cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return cancel;
    }

    private Span badge(String key) {
        Span badge = new Span(getTranslation(key));
        badge.addClassName("badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
