package se.motesplats.reporting.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.ParticipationService;
import se.motesplats.security.Roles;

/** For case officers: the participation of the people they referred who agreed to share it. */
@Route(ParticipationView.PATH)
@Menu(order = 64, title = "reporting.participation.shared.menu", icon = "vaadin:clipboard-user")
@RolesAllowed({Roles.CASE_OFFICER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class ParticipationView extends Main implements HasDynamicTitle {

    public static final String PATH = "participation";

    public ParticipationView(ParticipationService participation) {
        addClassNames("narrow-view", "participation-view");
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        add(new H1(getTranslation("reporting.participation.shared.title")),
                new Paragraph(getTranslation("reporting.participation.shared.intro")));
        List<ParticipationService.PersonParticipation> people = participation.sharedWithMe(language);
        if (people.isEmpty()) {
            add(new Paragraph(getTranslation("reporting.participation.shared.none")));
        }
        for (ParticipationService.PersonParticipation person : people) {
            Section section = new Section(new H2(person.firstName()));
            section.setId("participation-" + person.accountId());
            person.activities().forEach(activity -> section.add(MyParticipationView.card(activity, language)));
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.participation.shared.title");
    }
}
