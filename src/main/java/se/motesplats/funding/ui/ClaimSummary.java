package se.motesplats.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import se.motesplats.funding.Claim;
import se.motesplats.funding.ClaimDocuments;

/** A submitted claim: period, status, total, one line per activity as frozen at submission, and its PDF and Excel files. */
class ClaimSummary extends Div {

    ClaimSummary(Claim claim, ClaimDocuments documents) {
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
        String name = "bidrag-" + claim.from() + "-" + claim.to();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> download(documents.pdf(claim), name + ".pdf", "application/pdf")),
                getTranslation("funding.export.pdf"));
        pdf.setId("claim-pdf-" + claim.id());
        Anchor excel = new Anchor(DownloadHandler.fromInputStream(event -> download(documents.excel(claim), name + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), getTranslation("funding.export.excel"));
        excel.setId("claim-excel-" + claim.id());
        pdf.addClassName("button-link");
        excel.addClassName("button-link");
        add(new Div(pdf, excel));
    }

    private static DownloadResponse download(byte[] content, String fileName, String contentType) {
        return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
    }
}
