package se.motesplats.funding.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import se.motesplats.funding.ActivityClaim;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.Zones;

/**
 * One activity's claim written out so that anyone can check it by hand: meetings held against the
 * minimum (with a meter), why it is not eligible, people counted now and before, the amount, and
 * every meeting with its participants and leaders.
 */
class ClaimPart extends Div {

    ClaimPart(ActivityClaim part, SupportedLanguage language, boolean withTitle) {
        addClassNames("card", "claim-part");
        if (withTitle) {
            add(new H3(part.title()));
        }
        add(new Paragraph(getTranslation("funding.part.scheme", Map.of("scheme", part.scheme().name()))));
        Element meter = new Element("meter");
        meter.setAttribute("min", "0");
        meter.setAttribute("max", String.valueOf(Math.max(1, part.scheme().minMeetings())));
        meter.setAttribute("value", String.valueOf(Math.min(part.meetingsCounted(), part.scheme().minMeetings())));
        String held = getTranslation("funding.part.meetings", Map.of("counted", part.meetingsCounted(), "min", part.scheme().minMeetings()));
        meter.setAttribute("aria-label", held);
        Paragraph meetings = new Paragraph(held + " ");
        meetings.getElement().appendChild(meter);
        add(meetings);
        part.notEligibleBecause().forEach(reason -> {
            Span why = new Span(getTranslation(reason, Map.of("min", part.scheme().minMeetings())));
            why.addClassNames("badge", "badge-untranslated");
            add(new Div(why));
        });
        add(new Paragraph(getTranslation("funding.part.participants", Map.of("count", part.newParticipants().size(),
                "before", part.claimedBefore(), "attendances", part.scheme().minAttendances()))));
        Paragraph amount = new Paragraph(getTranslation("funding.part.amount", Map.of("amount", part.amountSek(),
                "count", part.newParticipants().size(), "each", part.scheme().amountPerParticipantSek())));
        amount.addClassName("claim-amount");
        add(amount);
        UnorderedList lines = new UnorderedList();
        for (ActivityClaim.MeetingLine line : part.meetings()) {
            String text = getTranslation(line.ratioHolds() ? "funding.part.meeting" : "funding.part.meeting-below-ratio", Map.of(
                    "date", Formats.shortDate(line.startsAt(), language, Zones.STOCKHOLM), "present", line.participants(),
                    "leaders", line.leaders()));
            ListItem item = new ListItem(line.counts() ? text : text + " " + getTranslation("funding.part.does-not-count"));
            if (!line.ratioHolds()) {
                item.addClassName("claim-meeting-below-ratio");
            }
            lines.add(item);
        }
        add(new Details(getTranslation("funding.part.every-meeting", Map.of("count", part.meetingsHeld())), lines));
    }
}
