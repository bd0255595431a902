package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.ProfileService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.Fluency;
import se.motesplats.volunteering.LanguageSkill;
import se.motesplats.volunteering.MyVolunteering;
import se.motesplats.volunteering.Programme;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.SpokenLanguage;
import se.motesplats.volunteering.VolunteerForm;
import se.motesplats.volunteering.VolunteerService;

/**
 * Becoming a volunteer on a phone: the programmes and what each asks, then languages, where, when,
 * interests and (for contact families) the household, and consent to matching. The same page
 * changes the sign-up later.
 */
@Route(VolunteerView.PATH)
@Menu(order = 45, title = "volunteering.volunteer.menu", icon = "vaadin:handshake")
@AnonymousAllowed
public class VolunteerView extends Main implements HasDynamicTitle {

    public static final String PATH = "volunteer";

    private final transient VolunteerService volunteers;
    private final transient AreaService areas;
    private final CheckboxGroup<Programme> programmes = new CheckboxGroup<>();
    private final MultiSelectComboBox<SpokenLanguage> speaksWell = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<SpokenLanguage> speaksSome = new MultiSelectComboBox<>();
    private final Select<Integer> maxMatches = new Select<>();
    private final Checkbox consent = new Checkbox();
    private final AboutYouFields about;

    public VolunteerView(VolunteerService volunteers, AreaService areas, ProfileService profiles) {
        this.volunteers = volunteers;
        this.areas = areas;
        this.about = new AboutYouFields(areas, "volunteering.form.household-children");
        addClassNames("narrow-view", "volunteer-view");
        add(new H1(getTranslation("volunteering.volunteer.title")), new Paragraph(getTranslation("volunteering.volunteer.intro")));
        if (CurrentPerson.get().isEmpty()) {
            volunteers.programmes().forEach(programme -> add(new ProgrammeDescription(programme, true)));
            add(new SignInFirst(PATH, "volunteering.volunteer.sign-in-first"));
            return;
        }
        programmes.setId("volunteer-programmes");
        programmes.setLabel(getTranslation("volunteering.volunteer.programmes"));
        programmes.setItems(volunteers.programmes());
        programmes.setRenderer(new ComponentRenderer<>(programme -> new ProgrammeDescription(programme, true)));
        programmes.addValueChangeListener(change -> about.childrenAges.setVisible(isContactFamily()));
        speaksWell.setId("volunteer-speaks-well");
        speaksWell.setLabel(getTranslation("volunteering.volunteer.speaks-well"));
        speaksSome.setId("volunteer-speaks-some");
        speaksSome.setLabel(getTranslation("volunteering.volunteer.speaks-some"));
        for (MultiSelectComboBox<SpokenLanguage> languages : List.of(speaksWell, speaksSome)) {
            languages.setItems(SpokenLanguage.values());
            languages.setItemLabelGenerator(SpokenLanguage::autonym);
            languages.setWidthFull();
        }
        maxMatches.setId("volunteer-max-matches");
        maxMatches.setLabel(getTranslation("volunteering.volunteer.max-matches"));
        maxMatches.setItems(1, 2, 3);
        maxMatches.setItemLabelGenerator(count -> getTranslation("volunteering.volunteer.max-matches-option", Map.of("count", count)));
        maxMatches.setValue(1);
        consent.setId("volunteer-consent");
        consent.setLabel(getTranslation("volunteering.form.consent"));
        Button save = new Button(getTranslation("volunteering.volunteer.save"), click -> save());
        save.setId("volunteer-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        speaksWell.setValue(Set.of(SpokenLanguage.SWEDISH));
        volunteers.mine().ifPresentOrElse(this::fill, () -> about.prefill(profiles.mine(), areas));
        about.childrenAges.setVisible(isContactFamily());
        add(programmes, new H2(getTranslation("volunteering.volunteer.about-you")), speaksWell, speaksSome, about, maxMatches, consent,
                save);
    }

    private boolean isContactFamily() {
        return programmes.getValue().stream().anyMatch(programme -> programme.kind() == ProgrammeKind.CONTACT_FAMILY);
    }

    private void fill(MyVolunteering mine) {
        VolunteerForm form = mine.form();
        programmes.setValue(programmes.getListDataView().getItems().filter(programme -> form.programmes().contains(programme.kind()))
                .collect(Collectors.toSet()));
        speaksWell.setValue(languages(form.languages(), Fluency.WELL));
        speaksSome.setValue(languages(form.languages(), Fluency.SOME));
        about.fill(areas, form.municipalityCode(), form.interests(), form.timeSlots(), form.gender(),
                form.sameGenderOnly(), form.childrenAges());
        maxMatches.setValue(form.maxMatches());
        consent.setValue(true);
    }

    private static Set<SpokenLanguage> languages(List<LanguageSkill> skills, Fluency fluency) {
        return skills.stream().filter(skill -> skill.fluency() == fluency).map(LanguageSkill::language)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpokenLanguage.class)));
    }

    private void save() {
        List<LanguageSkill> skills = new ArrayList<>();
        speaksWell.getValue().forEach(language -> skills.add(new LanguageSkill(language, Fluency.WELL)));
        speaksSome.getValue().stream().filter(language -> !speaksWell.getValue().contains(language))
                .forEach(language -> skills.add(new LanguageSkill(language, Fluency.SOME)));
        VolunteerForm form = new VolunteerForm(programmes.getValue().stream().map(Programme::kind).collect(Collectors.toSet()),
                about.municipalityCode(), skills, about.interests.getValue(), about.timeSlots.getValue(), about.gender.getValue(),
                about.sameGenderOnly.getValue(), isContactFamily() ? about.ages() : List.of(),
                maxMatches.getValue() == null ? 1 : maxMatches.getValue());
        if (RuleMessages.attempt(() -> volunteers.signUp(form, consent.getValue(), SupportedLanguage.of(getLocale())))) {
            Notification.show(getTranslation("volunteering.volunteer.saved"), 5000, Notification.Position.MIDDLE);
            UI.getCurrent().navigate(MyMatchesView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.volunteer.title");
    }
}
