package se.motesplats.privacy.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import se.motesplats.privacy.ConsentService;

/** The privacy notice in plain words, in the reader's language: what we keep, why, who sees it, for how long. */
@NamedInterface("ui")
@Route(PrivacyNoticeView.PATH)
@AnonymousAllowed
public class PrivacyNoticeView extends Main implements HasDynamicTitle {

    public static final String PATH = "privacy";
    private static final List<String> SECTIONS = List.of("what", "why", "who", "how-long", "rights");

    public PrivacyNoticeView() {
        addClassNames("narrow-view", "privacy-notice-view");
        add(new H1(getTranslation("privacy.notice.title")));
        add(new Paragraph(getTranslation("privacy.notice.version", Map.of("version", ConsentService.NOTICE_VERSION))));
        for (String section : SECTIONS) {
            add(new H2(getTranslation("privacy.notice." + section + ".title")));
            add(new Paragraph(getTranslation("privacy.notice." + section + ".text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.notice.title");
    }
}
