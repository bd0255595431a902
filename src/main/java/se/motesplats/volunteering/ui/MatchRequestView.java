package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import se.motesplats.area.AreaService;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.MatchRequest;
import se.motesplats.volunteering.MatchingService;
import se.motesplats.volunteering.Suggestion;
import se.motesplats.volunteering.VolunteerCandidate;

/**
 * One request and the volunteers suggested for it, best first, each score explained line by line;
 * volunteers whose vetting is not complete, who are paused or full are shown but cannot be proposed.
 */
@Route(MatchRequestView.PATH + "/:request")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class MatchRequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "matching/request";

    private final transient MatchingService matching;
    private final transient AreaService areas;

    public MatchRequestView(MatchingService matching, AreaService areas) {
        this.matching = matching;
        this.areas = areas;
        addClassName("match-request-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long requestId = event.getRouteParameters().getLong("request").orElse(-1L);
        MatchRequest request;
        try {
            request = matching.request(requestId);
        } catch (RuleViolation noSuchRequest) {
            throw new NotFoundException();
        }
        removeAll();
        add(new Paragraph(new Anchor(MatchingView.PATH, getTranslation("volunteering.matching.back"))));
        add(new H1(getTranslation("volunteering.matching.request", Map.of("name", request.firstName(),
                "programme", Labels.of(this, request.programme()), "municipality", areas.municipalityName(request.municipalityCode())))));
        add(new Paragraph(getTranslation("volunteering.mine.speaks", Map.of("value", Labels.list(this, request.languages())))),
                new Paragraph(getTranslation("volunteering.mine.free", Map.of("value", Labels.list(this, request.timeSlots())))));
        if (!request.interests().isEmpty()) {
            add(new Paragraph(getTranslation("volunteering.mine.likes", Map.of("value", Labels.list(this, request.interests())))));
        }
        if (!request.childrenAges().isEmpty()) {
            add(new Paragraph(getTranslation("volunteering.mine.children", Map.of("value", Labels.list(this, request.childrenAges())))));
        }
        if (request.sameGenderOnly()) {
            add(new Paragraph(getTranslation("volunteering.matching.same-gender-wish")));
        }
        add(new H2(getTranslation("volunteering.matching.suggestions")));
        List<Suggestion> suggestions = matching.suggestions(requestId);
        if (suggestions.isEmpty()) {
            add(new Paragraph(getTranslation("volunteering.matching.no-suggestions")));
        }
        boolean waiting = request.status() == MatchRequest.RequestStatus.WAITING;
        suggestions.forEach(suggestion -> add(card(requestId, suggestion, waiting)));
    }

    private Component card(long requestId, Suggestion suggestion, boolean waiting) {
        VolunteerCandidate volunteer = suggestion.volunteer();
        Div card = new Div();
        card.addClassName("card");
        card.setId("suggestion-" + volunteer.accountId());
        card.add(new H2(getTranslation("volunteering.matching.score", Map.of("name", volunteer.firstName(), "points", suggestion.points()))));
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("score-reasons");
        suggestion.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation("volunteering.reason.line",
                Map.of("reason", Labels.reason(this, reason), "points", reason.points())))));
        card.add(reasons);
        if (!volunteer.missing().isEmpty()) {
            card.add(new Paragraph(getTranslation("volunteering.matching.vetting-missing",
                    Map.of("missing", Labels.list(this, volunteer.missing())))));
        }
        if (volunteer.paused()) {
            card.add(new Paragraph(getTranslation("volunteering.mine.status.paused")));
        } else if (volunteer.freePlaces() <= 0) {
            card.add(new Paragraph(getTranslation("volunteering.matching.full")));
        }
        if (waiting && volunteer.proposable()) {
            Button propose = new Button(getTranslation("volunteering.matching.propose", Map.of("name", volunteer.firstName())), click -> {
                if (RuleMessages.attempt(() -> matching.propose(requestId, volunteer.accountId()))) {
                    Notification.show(getTranslation("volunteering.matching.proposed-done"), 4000, Notification.Position.MIDDLE);
                    UI.getCurrent().navigate(MatchingView.class);
                }
            });
            propose.setId("propose-" + volunteer.accountId());
            propose.addThemeVariants(ButtonVariant.PRIMARY);
            card.add(propose);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.matching.suggestions");
    }
}
