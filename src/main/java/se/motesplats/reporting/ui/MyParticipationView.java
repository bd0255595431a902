package se.motesplats.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.ParticipationCertificate;
import se.motesplats.reporting.ParticipationService;
import se.motesplats.reporting.ParticipationService.Participation;
import se.motesplats.shared.Zones;

/** "What I took part in": the activities a person attended, and a certificate to show (PDF). */
@Route(MyParticipationView.PATH)
@Menu(order = 7, title = "reporting.participation.mine.menu", icon = "vaadin:diploma")
@PermitAll
public class MyParticipationView extends Main implements HasDynamicTitle {

    public static final String PATH = "my-participation";

    public MyParticipationView(ParticipationService participation, ParticipationCertificate certificate) {
        addClassNames("narrow-view", "my-participation-view");
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        add(new H1(getTranslation("reporting.participation.mine.title")));
        List<Participation> activities = participation.mine(language);
        if (activities.isEmpty()) {
            add(new Paragraph(getTranslation("reporting.participation.mine.none")));
            return;
        }
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificate.mine(language);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "motesplats-certificate.pdf", "application/pdf", pdf.length);
        }), getTranslation("reporting.participation.certificate"));
        download.setId("download-certificate");
        download.addClassName("button-link");
        add(new Paragraph(getTranslation("reporting.participation.mine.intro")), download);
        activities.forEach(activity -> add(card(activity, language)));
    }

    static Div card(Participation activity, SupportedLanguage language) {
        Div card = new Div(new H2(activity.title()));
        card.addClassNames("card", "participation-card");
        card.add(new Paragraph(card.getTranslation("reporting.participation.line", Map.of("attended", activity.attended(),
                "held", activity.held(), "rate", activity.ratePercent(),
                "from", Formats.day(activity.first().atZone(Zones.STOCKHOLM).toLocalDate(), language),
                "to", Formats.day(activity.last().atZone(Zones.STOCKHOLM).toLocalDate(), language)))));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.participation.mine.title");
    }
}
