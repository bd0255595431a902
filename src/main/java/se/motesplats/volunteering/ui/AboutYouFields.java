package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.people.Profile;
import se.motesplats.volunteering.Gender;
import se.motesplats.volunteering.TimeSlot;

/**
 * The questions volunteers and newcomers both answer: where they live, interests, free time, an
 * optional same-gender wish and, for contact families, children's ages. Ages may be typed in any
 * script's digits ("٤، ٩" as well as "4, 9").
 */
class AboutYouFields extends Div {

    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");

    final ComboBox<Municipality> municipality = new ComboBox<>();
    final CheckboxGroup<TimeSlot> timeSlots = new CheckboxGroup<>();
    final CheckboxGroup<ActivityCategory> interests = new CheckboxGroup<>();
    final Select<Gender> gender = new Select<>();
    final Checkbox sameGenderOnly = new Checkbox();
    final TextField childrenAges = new TextField();

    AboutYouFields(AreaService areas, String childrenLabelKey) {
        municipality.setId("about-municipality");
        municipality.setLabel(getTranslation("volunteering.form.municipality"));
        municipality.setItems(areas.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setRequiredIndicatorVisible(true);
        municipality.setWidthFull();
        timeSlots.setId("about-time-slots");
        timeSlots.setLabel(getTranslation("volunteering.form.time-slots"));
        timeSlots.setItems(TimeSlot.values());
        timeSlots.setItemLabelGenerator(slot -> Labels.of(this, slot));
        interests.setId("about-interests");
        interests.setLabel(getTranslation("volunteering.form.interests"));
        interests.setItems(ActivityCategory.values());
        interests.setItemLabelGenerator(category -> Labels.of(this, category));
        gender.setId("about-gender");
        gender.setLabel(getTranslation("volunteering.form.gender"));
        gender.setHelperText(getTranslation("volunteering.form.gender-help"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(value -> value == null ? getTranslation("volunteering.form.gender-unsaid") : Labels.of(this, value));
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("volunteering.form.gender-unsaid"));
        sameGenderOnly.setId("about-same-gender");
        sameGenderOnly.setLabel(getTranslation("volunteering.form.same-gender"));
        childrenAges.setId("about-children-ages");
        childrenAges.setLabel(getTranslation(childrenLabelKey));
        childrenAges.setHelperText(getTranslation("volunteering.form.children-ages-help"));
        childrenAges.getElement().setAttribute("inputmode", "numeric");
        childrenAges.setWidthFull();
        add(municipality, timeSlots, interests, gender, sameGenderOnly, childrenAges);
    }

    /** Starts from what the person already told in their profile. */
    void prefill(Profile profile, AreaService areas) {
        if (profile.municipalityCode() != null) {
            areas.municipality(profile.municipalityCode()).ifPresent(municipality::setValue);
        }
        interests.setValue(profile.interests());
    }

    void fill(AreaService areas, @Nullable String municipalityCode, Set<ActivityCategory> interestsGiven, Set<TimeSlot> times,
            @Nullable Gender genderGiven, boolean sameGender, List<Integer> ages) {
        if (municipalityCode != null) {
            areas.municipality(municipalityCode).ifPresent(municipality::setValue);
        }
        interests.setValue(interestsGiven);
        timeSlots.setValue(times);
        gender.setValue(genderGiven);
        sameGenderOnly.setValue(sameGender);
        childrenAges.setValue(String.join(", ", ages.stream().map(String::valueOf).toList()));
    }

    @Nullable String municipalityCode() {
        return municipality.getValue() == null ? null : municipality.getValue().code();
    }

    /** The ages typed, in any digits; an age that cannot be read is refused by the service's age rule. */
    List<Integer> ages() {
        List<Integer> ages = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(childrenAges.getValue());
        while (matcher.find()) {
            StringBuilder ascii = new StringBuilder();
            matcher.group().codePoints().forEach(digit -> ascii.append(Character.digit(digit, 10)));
            ages.add(ascii.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(ascii.toString()));
        }
        return ages;
    }
}
