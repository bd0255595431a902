package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.MatchOverview;
import se.motesplats.volunteering.MatchStatus;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.QueuedRequest;
import se.motesplats.shared.ui.TableExport;

/**
 * The coordinators' matching queue: requests from their areas, oldest first, with how long each has
 * waited against the 30-day target; and the proposed and active matches to follow up.
 */
@Route(MatchingView.PATH)
@Menu(order = 32, title = "volunteering.matching.menu", icon = "vaadin:connect-o")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class MatchingView extends Main implements HasDynamicTitle {

    public static final String PATH = "matching";

    private final transient MatchingService matching;

    public MatchingView(MatchingService matching) {
        this.matching = matching;
        addClassName("matching-view");
        List<QueuedRequest> queue = matching.queue();
        add(new H1(getTranslation("volunteering.matching.title")));
        Paragraph summary = new Paragraph(getTranslation("volunteering.matching.summary", Map.of("count", queue.size(),
                "median", median(queue), "target", MatchingService.TARGET_WAIT.toDays())));
        summary.setId("matching-summary");
        add(summary);
        Div requests = new Div();
        requests.setId("matching-queue");
        queue.forEach(request -> requests.add(row(request)));
        add(requests);
        List<List<String>> queueRows = queue.stream().map(queued -> List.of(queued.request().firstName(),
                Labels.of(this, queued.request().programme()), queued.municipalityName(), String.valueOf(queued.waitingDays()),
                yesNo(queued.request().referred()), yesNo(queued.proposed()))).toList();
        List<String> headings = List.of(getTranslation("volunteering.export.first-name"), getTranslation("volunteering.export.programme"),
                getTranslation("volunteering.export.municipality"), getTranslation("volunteering.export.days-waited"),
                getTranslation("volunteering.export.referred"), getTranslation("volunteering.export.proposed"));
        add(new TableExport("matching-queue", () -> new TableExport.Table(headings, queueRows)));
        add(new H2(getTranslation("volunteering.matching.follow-up")));
        Div matches = new Div();
        matches.setId("matching-open");
        List<MatchOverview> open = matching.openMatchesInMyAreas();
        if (open.isEmpty()) {
            matches.add(new Paragraph(getTranslation("volunteering.matching.no-open")));
        }
        open.forEach(match -> matches.add(row(match)));
        add(matches);
    }

    private String yesNo(boolean yes) {
        return getTranslation(yes ? "shared.yes" : "shared.no");
    }

    private static long median(List<QueuedRequest> queue) {
        List<Long> days = queue.stream().map(QueuedRequest::waitingDays).sorted().toList();
        return days.isEmpty() ? 0 : days.get(days.size() / 2);
    }

    private Component row(QueuedRequest queued) {
        Div row = new Div();
        row.addClassName("activity-row");
        row.setId("queued-" + queued.request().id());
        Anchor name = new Anchor(MatchRequestView.PATH + "/" + queued.request().id(),
                getTranslation("volunteering.matching.request", Map.of("name", queued.request().firstName(),
                        "programme", Labels.of(this, queued.request().programme()), "municipality", queued.municipalityName())));
        Span waited = new Span(getTranslation("volunteering.matching.waited", Map.of("days", queued.waitingDays())));
        waited.addClassName("badge");
        if (queued.overdue()) {
            waited.addClassName("badge-untranslated");
        }
        Div badges = new Div(waited);
        badges.addClassName("badges");
        if (queued.proposed()) {
            badges.add(badge(getTranslation("volunteering.matching.proposed")));
        }
        if (queued.request().referred()) {
            badges.add(badge(getTranslation("volunteering.matching.referred")));
        }
        if (queued.declinedBefore() > 0) {
            badges.add(badge(getTranslation("volunteering.matching.declined-before", Map.of("count", queued.declinedBefore()))));
        }
        row.add(new Paragraph(name), badges);
        return row;
    }

    private Component row(MatchOverview match) {
        Div row = new Div();
        row.addClassName("activity-row");
        row.setId("open-match-" + match.id());
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        String state = match.status() == MatchStatus.PROPOSED ? getTranslation("volunteering.matching.awaiting-answers")
                : getTranslation("volunteering.matching.active-since", Map.of("date",
                        Formats.shortDate(match.activeSince() == null ? match.proposedAt() : match.activeSince(), language, Zones.STOCKHOLM),
                        "count", match.meetings()));
        row.add(new Paragraph(getTranslation("volunteering.matching.pair", Map.of("programme", Labels.of(this, match.programme()),
                "newcomer", match.newcomerFirstName(), "volunteer", match.volunteerFirstName()))), new Paragraph(state));
        Div badges = new Div();
        badges.addClassName("badges");
        if (match.volunteerPaused()) {
            badges.add(badge(getTranslation("volunteering.mine.status.paused")));
        }
        if (match.firstContactOverdue()) {
            badges.add(badge(getTranslation("volunteering.matching.no-first-meeting")));
        }
        if (match.newcomerAnswer() != null) {
            badges.add(badge(getTranslation("volunteering.matching.answered", Map.of("name", match.newcomerFirstName(),
                    "answer", getTranslation(match.newcomerAnswer().translationKey())))));
        }
        if (match.volunteerAnswer() != null) {
            badges.add(badge(getTranslation("volunteering.matching.answered", Map.of("name", match.volunteerFirstName(),
                    "answer", getTranslation(match.volunteerAnswer().translationKey())))));
        }
        row.add(badges);
        if (match.status() == MatchStatus.ACTIVE) {
            row.add(new MatchEnding(match.id(), true, (reason, rematch) -> {
                if (RuleMessages.attempt(() -> matching.end(match.id(), reason, rematch))) {
                    UI.getCurrent().getPage().reload();
                }
            }));
        }
        return row;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.matching.title");
    }
}
