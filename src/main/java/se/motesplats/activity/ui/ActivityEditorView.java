package se.motesplats.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityDraft;
import se.motesplats.activity.ActivityPlan;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityText;
import se.motesplats.activity.Frequency;
import se.motesplats.activity.Geocoder;
import se.motesplats.activity.Position;
import se.motesplats.activity.Schedule;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.activity.Venue;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.ui.DatePickers;
import se.motesplats.organisation.Membership;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;
import se.motesplats.shared.MapTiles;
import se.motesplats.shared.ui.PlaceMap;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.shared.ui.Pictogram;

/**
 * Writing an activity on a phone: one column of plain fields, the Swedish text first and other
 * languages folded away, the plan and schedule last. Saving keeps it a draft until it is sent for
 * approval from the list.
 */
@Route(ActivityEditorView.PATH + "/:id?")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.ADMINISTRATOR})
public class ActivityEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "organiser/activity";

    private final transient ActivityService activities;
    private final Select<Membership> organisation = new Select<>();
    private final Map<SupportedLanguage, TextField> titles = new EnumMap<>(SupportedLanguage.class);
    private final Map<SupportedLanguage, TextArea> descriptions = new EnumMap<>(SupportedLanguage.class);
    private final Select<ActivityCategory> category = new Select<>();
    private final Select<TargetGroup> targetGroup = new Select<>();
    private final Select<SwedishLevel> swedishLevel = new Select<>();
    private final MultiSelectComboBox<SupportedLanguage> leaderLanguages = new MultiSelectComboBox<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final TextField venueName = new TextField();
    private final TextField address = new TextField();
    private final Checkbox stepFree = new Checkbox();
    private final Checkbox hearingLoop = new Checkbox();
    private final IntegerField cost = new IntegerField();
    private final Checkbox childcare = new Checkbox();
    private final Checkbox dropIn = new Checkbox();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final Checkbox planLanguage = new Checkbox();
    private final Checkbox planHealth = new Checkbox();
    private final Checkbox planNetwork = new Checkbox();
    private final TextArea planDescription = new TextArea();
    private final IntegerField plannedMeetings = new IntegerField();
    private final Checkbox nadFunding = new Checkbox();
    private final DatePicker firstDate = new DatePicker();
    private final TimePicker startTime = new TimePicker();
    private final IntegerField duration = new IntegerField();
    private final Select<Frequency> frequency = new Select<>();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final DatePicker untilDate = new DatePicker();
    private final transient Geocoder geocoder;
    private final PlaceMap pinMap;
    private @Nullable Position pin;
    private @Nullable Long activityId;

    public ActivityEditorView(ActivityService activities, OrganisationService organisations, AreaService areas, MapTiles tiles,
            Geocoder geocoder) {
        this.activities = activities;
        this.geocoder = geocoder;
        this.pinMap = new PlaceMap(tiles, getTranslation("activity.editor.pin-label"), getTranslation("activity.detail.map-failed"));
        addClassNames("activity-editor-view", "narrow-view");
        List<Membership> memberships = organisations.membershipsOf(CurrentPerson.required().accountId());
        setUp(organisation, "organisation", "activity.editor.organisation");
        organisation.setItems(memberships);
        organisation.setItemLabelGenerator(Membership::organisationName);
        memberships.stream().findFirst().ifPresent(organisation::setValue);
        setUp(category, "category", "activity.filter.category");
        category.setItems(ActivityCategory.values());
        category.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        category.setValue(ActivityCategory.LANGUAGE_CAFE);
        setUp(targetGroup, "target-group", "activity.editor.target-group");
        targetGroup.setItems(TargetGroup.values());
        targetGroup.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        targetGroup.setValue(TargetGroup.EVERYONE);
        setUp(swedishLevel, "swedish-level", "activity.editor.swedish-level");
        swedishLevel.setItems(SwedishLevel.values());
        swedishLevel.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        swedishLevel.setValue(SwedishLevel.NONE);
        setUp(leaderLanguages, "leader-languages", "activity.editor.leader-languages");
        leaderLanguages.setItems(SupportedLanguage.values());
        leaderLanguages.setItemLabelGenerator(SupportedLanguage::nativeName);
        setUp(municipality, "municipality", "activity.filter.municipality");
        municipality.setItems(areas.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        setUp(venueName, "venue", "activity.editor.venue");
        setUp(address, "address", "activity.editor.address");
        setUp(stepFree, "step-free", "activity.badge.step-free");
        setUp(hearingLoop, "hearing-loop", "activity.badge.hearing-loop");
        setUp(cost, "cost", "activity.editor.cost");
        cost.setValue(0);
        cost.setMin(0);
        setUp(childcare, "childcare", "activity.badge.childcare");
        setUp(dropIn, "drop-in", "activity.badge.drop-in");
        dropIn.setValue(true);
        setUp(capacity, "capacity", "activity.editor.capacity");
        capacity.setMin(1);
        setUp(minAge, "min-age", "activity.editor.min-age");
        setUp(maxAge, "max-age", "activity.editor.max-age");
        minAge.setMin(0);
        maxAge.setMax(120);
        setUp(planLanguage, "plan-language", "activity.editor.plan-language");
        setUp(planHealth, "plan-health", "activity.editor.plan-health");
        setUp(planNetwork, "plan-network", "activity.editor.plan-network");
        setUp(planDescription, "plan-description", "activity.editor.plan-description");
        setUp(plannedMeetings, "planned-meetings", "activity.editor.planned-meetings");
        plannedMeetings.setMin(1);
        setUp(nadFunding, "nad-funding", "activity.editor.nad-funding");
        setUp(firstDate, "first-date", "activity.editor.first-date");
        setUp(startTime, "start-time", "activity.editor.start-time");
        startTime.setStep(java.time.Duration.ofMinutes(15));
        setUp(duration, "duration", "activity.editor.duration");
        duration.setValue(120);
        duration.setMin(15);
        setUp(frequency, "frequency", "activity.editor.frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(value -> getTranslation("activity.frequency." + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        frequency.setValue(Frequency.WEEKLY);
        setUp(weekdays, "weekdays", "activity.editor.weekdays");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, SupportedLanguage.of(getLocale()).formattingLocale()));
        setUp(untilDate, "until-date", "activity.editor.until-date");
        DatePickers.localise(firstDate, getLocale());
        DatePickers.localise(untilDate, getLocale());
        for (SupportedLanguage language : SupportedLanguage.values()) {
            TextField title = new TextField(getTranslation("activity.editor.title"));
            title.setId("title-" + language.tag());
            title.getElement().setAttribute("lang", language.tag());
            title.getElement().setAttribute("dir", language.direction().attribute());
            title.setMaxLength(200);
            TextArea description = new TextArea(getTranslation("activity.editor.description"));
            description.setId("description-" + language.tag());
            description.getElement().setAttribute("lang", language.tag());
            description.getElement().setAttribute("dir", language.direction().attribute());
            titles.put(language, title);
            descriptions.put(language, description);
        }
    }

    private static <C extends Component & com.vaadin.flow.component.HasLabel> void setUp(C field, String id, String labelKey) {
        field.setId("editor-" + id);
        field.setLabel(field.getTranslation(labelKey));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activityId = event.getRouteParameters().getLong("id").orElse(null);
        if (activityId != null) {
            fill(activities.draftOf(activityId));
        }
        removeAll();
        add(new H1(getTranslation(activityId == null ? "activity.editor.new-title" : "activity.editor.edit-title")));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(organisation, titles.get(SupportedLanguage.SOURCE), descriptions.get(SupportedLanguage.SOURCE));
        Details translations = new Details(getTranslation("activity.editor.other-languages"));
        translations.setId("editor-translations");
        for (SupportedLanguage language : SupportedLanguage.values()) {
            if (language != SupportedLanguage.SOURCE) {
                FormLayout one = new FormLayout(titles.get(language), descriptions.get(language));
                one.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
                Details perLanguage = new Details(language.nativeName(), one);
                perLanguage.getElement().setAttribute("lang", language.tag());
                translations.add(perLanguage);
            }
        }
        form.add(translations);
        form.add(new H2(getTranslation("activity.editor.what")), category, targetGroup, swedishLevel, leaderLanguages);
        form.add(new H2(getTranslation("activity.detail.where")), municipality, venueName, address);
        form.add(pinTools());
        form.add(stepFree, hearingLoop);
        form.add(new H2(getTranslation("activity.editor.when")), firstDate, startTime, duration, frequency, weekdays, untilDate);
        form.add(new H2(getTranslation("activity.editor.practical")), cost, childcare, dropIn, capacity, minAge, maxAge);
        form.add(new H2(getTranslation("activity.editor.plan")), planLanguage, planHealth, planNetwork, planDescription,
                plannedMeetings, nadFunding);
        Button save = new Button(getTranslation("activity.editor.save"), click -> save());
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(form, save);
    }

    /** The venue's pin: a tap on the map, or the geocoder's guess from the address, which the organiser can correct. */
    private Div pinTools() {
        Div tools = new Div();
        tools.addClassName("pin-tools");
        tools.add(new Paragraph(getTranslation("activity.editor.pin-hint")));
        if (geocoder.enabled()) {
            Button find = new Button(getTranslation("activity.editor.find-on-map"), new Pictogram("vaadin:search"), click -> {
                if (address.isEmpty() || municipality.isEmpty()) {
                    Notification.show(getTranslation("activity.editor.address-first"));
                    return;
                }
                RuleMessages.attempt(() -> geocoder.locate(address.getValue(), municipality.getValue().name()).ifPresentOrElse(
                        this::placePin, () -> Notification.show(getTranslation("activity.geocoder.not-found"))));
            });
            find.setId("editor-find-on-map");
            tools.add(find);
        }
        Button remove = new Button(getTranslation("activity.editor.remove-pin"), click -> placePin(null));
        remove.setId("editor-remove-pin");
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        pinMap.setId("editor-map");
        pinMap.whenPinMoved(moved -> pin = new Position(moved.latitude(), moved.longitude()));
        pinMap.open();
        tools.add(pinMap, remove);
        return tools;
    }

    private void placePin(@Nullable Position position) {
        pin = position;
        pinMap.setPin(position == null ? null : position.latitude(), position == null ? null : position.longitude());
    }

    private void fill(ActivityDraft draft) {
        organisation.getListDataView().getItems().filter(m -> m.organisationId() == draft.organisationId()).findFirst()
                .ifPresent(organisation::setValue);
        draft.texts().forEach((language, text) -> {
            titles.get(language).setValue(text.title());
            descriptions.get(language).setValue(text.description());
        });
        category.setValue(draft.category());
        targetGroup.setValue(draft.targetGroup());
        swedishLevel.setValue(draft.swedishLevel());
        leaderLanguages.setValue(draft.leaderLanguages());
        municipality.getListDataView().getItems().filter(m -> m.code().equals(draft.venue().municipalityCode())).findFirst()
                .ifPresent(municipality::setValue);
        venueName.setValue(draft.venue().name());
        address.setValue(draft.venue().address());
        stepFree.setValue(draft.venue().stepFree());
        hearingLoop.setValue(draft.venue().hearingLoop());
        Venue venue = draft.venue();
        placePin(venue.pinned() ? new Position(venue.latitude(), venue.longitude()) : null);
        cost.setValue(draft.costSek());
        childcare.setValue(draft.childcare());
        dropIn.setValue(draft.dropIn());
        capacity.setValue(draft.capacity());
        minAge.setValue(draft.ages().min());
        maxAge.setValue(draft.ages().max());
        planLanguage.setValue(draft.plan().language());
        planHealth.setValue(draft.plan().health());
        planNetwork.setValue(draft.plan().network());
        planDescription.setValue(draft.plan().description());
        plannedMeetings.setValue(draft.plan().plannedMeetings());
        nadFunding.setValue(draft.plan().fundingScheme() != null);
        Schedule schedule = draft.schedule();
        firstDate.setValue(schedule.firstDate());
        startTime.setValue(schedule.startTime());
        duration.setValue(schedule.durationMinutes());
        frequency.setValue(schedule.frequency());
        weekdays.setValue(schedule.weekdays());
        untilDate.setValue(schedule.untilDate());
    }

    private void save() {
        if (!requiredFilled()) {
            return;
        }
        if (RuleMessages.attempt(() -> {
            ActivityDraft draft = draft();
            if (activityId == null) {
                activities.createDraft(draft);
            } else {
                activities.update(activityId, draft);
            }
        })) {
            UI.getCurrent().navigate(MyActivitiesView.class);
        }
    }

    /** Marks each empty required field with a translated message; true when none is empty. */
    private boolean requiredFilled() {
        String required = getTranslation("activity.editor.required");
        List<com.vaadin.flow.component.HasValidation> missing = new java.util.ArrayList<>();
        check(titles.get(SupportedLanguage.SOURCE), titles.get(SupportedLanguage.SOURCE).isEmpty(), required, missing);
        check(organisation, organisation.isEmpty(), required, missing);
        check(municipality, municipality.isEmpty(), required, missing);
        check(venueName, venueName.isEmpty(), required, missing);
        check(address, address.isEmpty(), required, missing);
        check(firstDate, firstDate.isEmpty(), required, missing);
        check(startTime, startTime.isEmpty(), required, missing);
        check(duration, duration.isEmpty(), required, missing);
        check(weekdays, frequency.getValue() != Frequency.ONCE && weekdays.isEmpty(), required, missing);
        return missing.isEmpty();
    }

    private static void check(com.vaadin.flow.component.HasValidation field, boolean empty, String message,
            List<com.vaadin.flow.component.HasValidation> missing) {
        field.setErrorMessage(message);
        field.setInvalid(empty);
        if (empty) {
            missing.add(field);
        }
    }

    private ActivityDraft draft() {
        Map<SupportedLanguage, ActivityText> texts = new EnumMap<>(SupportedLanguage.class);
        titles.forEach((language, title) -> {
            if (!title.isEmpty()) {
                texts.put(language, new ActivityText(title.getValue(), descriptions.get(language).getValue()));
            }
        });
        Frequency often = Optional.ofNullable(frequency.getValue()).orElse(Frequency.ONCE);
        Schedule schedule = new Schedule(firstDate.getValue(), Optional.ofNullable(startTime.getValue()).orElse(LocalTime.NOON),
                Optional.ofNullable(duration.getValue()).orElse(0), often,
                often == Frequency.ONCE ? Set.of() : weekdays.getValue(),
                often == Frequency.ONCE ? firstDate.getValue() : untilDate.getValue(), Set.of());
        return new ActivityDraft(organisation.getValue().organisationId(), SupportedLanguage.SOURCE, texts, category.getValue(),
                targetGroup.getValue(), swedishLevel.getValue(), leaderLanguages.getValue(),
                new Venue(municipality.getValue().code(), venueName.getValue(), address.getValue(),
                        pin == null ? null : pin.latitude(), pin == null ? null : pin.longitude(),
                        stepFree.getValue(), hearingLoop.getValue()),
                Optional.ofNullable(cost.getValue()).orElse(0), childcare.getValue(), dropIn.getValue(), capacity.getValue(),
                new AgeRange(minAge.getValue(), maxAge.getValue()),
                new ActivityPlan(planLanguage.getValue(), planHealth.getValue(), planNetwork.getValue(), planDescription.getValue(),
                        Optional.ofNullable(plannedMeetings.getValue()).orElse(0), nadFunding.getValue() ? "NAD" : null),
                schedule);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(activityId == null ? "activity.editor.new-title" : "activity.editor.edit-title");
    }
}
