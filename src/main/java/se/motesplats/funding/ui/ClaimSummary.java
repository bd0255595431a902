package se.motesplats.funding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import se.motesplats.funding.Claim;

/** A submitted claim: period, status, total and one line per activity as frozen at submission. */
class ClaimSummary extends Div {

    ClaimSummary(Claim claim) {
        addClassName("card");
        setId("claim-" + claim.id());
        add(new H3(getTranslation("funding.claim.heading", Map.of("organisation", claim.organisationName(), "from", claim.from().toString(),
                "to", claim.to().toString()))));
        Span status = new Span(getTranslation(claim.status().translationKey()));
        status.addClassName("badge");
        add(status, new Paragraph(getTranslation("funding.claim.total", Map.of("amount", claim.totalSek()))));
        UnorderedList lines = new UnorderedList();
        claim.lines().forEach(line -> lines.add(new ListItem(getTranslation("funding.claim.line", Map.of(
                "activity", line.activityTitle(), "held", line.meetingsHeld(), "counted", line.meetingsCounted(),
                "count", line.participantsCounted(), "amount", line.amountSek(), "eligible", String.valueOf(line.eligible()))))));
        add(lines);
        if (claim.decisionComment() != null) {
            add(new Paragraph(getTranslation("funding.claim.comment", Map.of("comment", claim.decisionComment()))));
        }
    }
}
