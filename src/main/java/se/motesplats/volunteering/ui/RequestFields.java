package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.volunteering.Programme;
import se.motesplats.volunteering.ProgrammeKind;
import se.motesplats.volunteering.RequestForm;
import se.motesplats.volunteering.SpokenLanguage;

/**
 * The questions of a request for a volunteer, whether the newcomer asks or a case officer asks with
 * them: which programme, the languages they speak, and the questions volunteers answer too.
 */
class RequestFields extends Div {

    private final RadioButtonGroup<Programme> programme = new RadioButtonGroup<>();
    private final MultiSelectComboBox<SpokenLanguage> languages = new MultiSelectComboBox<>();
    private final AboutYouFields about;

    RequestFields(List<Programme> programmes, AreaService areas) {
        about = new AboutYouFields(areas, "volunteering.form.your-children");
        programme.setId("ask-programme");
        programme.setLabel(getTranslation("volunteering.ask.programme"));
        programme.setItems(programmes.stream().filter(p -> p.kind().matchable()).toList());
        programme.setRenderer(new ComponentRenderer<>(p -> new ProgrammeDescription(p, false)));
        programme.setRequiredIndicatorVisible(true);
        programme.addValueChangeListener(change -> about.childrenAges.setVisible(isContactFamily()));
        languages.setId("ask-languages");
        languages.setLabel(getTranslation("volunteering.ask.languages"));
        languages.setItems(SpokenLanguage.values());
        languages.setItemLabelGenerator(SpokenLanguage::autonym);
        languages.setRequiredIndicatorVisible(true);
        languages.setWidthFull();
        about.childrenAges.setVisible(false);
        add(programme, languages, about);
    }

    /** Starts from the languages, municipality and interests of the person's profile. */
    void prefill(se.motesplats.people.Profile profile, AreaService areas) {
        about.prefill(profile, areas);
        languages.setValue(spoken(profile.languages()));
    }

    static Set<SpokenLanguage> spoken(Set<SupportedLanguage> languages) {
        return languages.stream().map(language -> SpokenLanguage.byTag(language.tag())).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpokenLanguage.class)));
    }

    private boolean isContactFamily() {
        return programme.getValue() != null && programme.getValue().kind() == ProgrammeKind.CONTACT_FAMILY;
    }

    @Nullable ProgrammeKind programme() {
        return programme.getValue() == null ? null : programme.getValue().kind();
    }

    RequestForm form() {
        return new RequestForm(programme(), about.municipalityCode(), languages.getValue(), about.interests.getValue(),
                about.timeSlots.getValue(), about.gender.getValue(), about.sameGenderOnly.getValue(),
                isContactFamily() ? about.ages() : List.of());
    }
}
