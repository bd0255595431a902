package se.motesplats.activity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import se.motesplats.activity.ActivityCard;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityFilter;
import se.motesplats.activity.ActivityFilterParameters;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.TimeOfDay;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.Zones;

/**
 * Activities newcomers can join, next meeting first, as large cards that work on a small phone.
 * Filters live in the URL; more cards load on request so a weak connection fetches little.
 */
@Route(ActivityListView.PATH)
@Menu(order = 10, title = "activity.list.menu", icon = "vaadin:search")
@AnonymousAllowed
public class ActivityListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "activities";
    static final int PAGE = 20;

    private final transient ActivityService activities;
    private final transient List<Municipality> municipalities;
    private final Div cards = new Div();
    private final Button more = new Button();
    private ActivityFilter filter = ActivityFilter.ALL;
    private int loaded;

    public ActivityListView(ActivityService activities, AreaService areas) {
        this.activities = activities;
        this.municipalities = areas.municipalities();
        addClassName("activity-list-view");
        cards.setId("activity-cards");
        cards.addClassName("activity-cards");
        more.setId("activity-more");
        more.setText(getTranslation("activity.list.more"));
        more.addClickListener(click -> loadMore());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ActivityFilterParameters.parse(event.getLocation().getQueryParameters().getParameters());
        removeAll();
        add(new H1(getTranslation("activity.list.title")));
        add(filters());
        add(cards, more);
        cards.removeAll();
        loaded = 0;
        loadMore();
    }

    private Div filters() {
        Div filters = new Div();
        filters.addClassName("activity-filters");
        TextField search = new TextField();
        search.setId("filter-text");
        search.setLabel(getTranslation("activity.filter.search"));
        search.setValue(filter.text());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.addValueChangeListener(change -> apply(filter.with(filter.category(), filter.municipalityCode(), change.getValue())));
        Select<ActivityCategory> category = new Select<>();
        category.setId("filter-category");
        category.setLabel(getTranslation("activity.filter.category"));
        category.setItems(ActivityCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("activity.filter.any-category"));
        category.setItemLabelGenerator(value -> value == null ? getTranslation("activity.filter.any-category")
                : getTranslation(value.translationKey()));
        category.setValue(filter.category());
        category.addValueChangeListener(change -> apply(filter.with(change.getValue(), filter.municipalityCode(), filter.text())));
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("activity.filter.municipality"));
        municipality.setId("filter-municipality");
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        municipalities.stream().filter(m -> m.code().equals(filter.municipalityCode())).findFirst().ifPresent(municipality::setValue);
        municipality.addValueChangeListener(change -> apply(filter.with(filter.category(),
                change.getValue() == null ? null : change.getValue().code(), filter.text())));
        Div chips = new Div();
        chips.addClassName("filter-chips");
        for (ActivityFilter.Flag flag : ActivityFilter.Flag.values()) {
            Checkbox chip = new Checkbox(getTranslation("activity.filter." + flag.parameter()), filter.has(flag));
            chip.setId("filter-" + flag.parameter());
            chip.addClassName("filter-chip");
            chip.addValueChangeListener(change -> apply(filter.with(flag, change.getValue())));
            chips.add(chip);
        }
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setId("filter-weekday");
        weekday.setLabel(getTranslation("activity.filter.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setEmptySelectionAllowed(true);
        weekday.setEmptySelectionCaption(getTranslation("activity.filter.any-day"));
        weekday.setItemLabelGenerator(day -> day == null ? getTranslation("activity.filter.any-day")
                : day.getDisplayName(TextStyle.FULL_STANDALONE, SupportedLanguage.of(getLocale()).formattingLocale()));
        weekday.setValue(filter.weekday());
        weekday.addValueChangeListener(change -> apply(filter.when(change.getValue(), filter.timeOfDay())));
        Select<TimeOfDay> time = new Select<>();
        time.setId("filter-time");
        time.setLabel(getTranslation("activity.filter.time"));
        time.setItems(TimeOfDay.values());
        time.setEmptySelectionAllowed(true);
        time.setEmptySelectionCaption(getTranslation("activity.filter.any-time"));
        time.setItemLabelGenerator(value -> value == null ? getTranslation("activity.filter.any-time") : getTranslation(value.translationKey()));
        time.setValue(filter.timeOfDay());
        time.addValueChangeListener(change -> apply(filter.when(filter.weekday(), change.getValue())));
        Details more = new Details(getTranslation("activity.filter.more"), category, municipality, weekday, time, chips);
        more.setId("filter-more");
        more.addClassName("filter-more");
        // folded on arrival so a phone shows activities first; open while a filter is in use
        more.setOpened(filter.category() != null || filter.municipalityCode() != null || !filter.flags().isEmpty()
                || filter.weekday() != null || filter.timeOfDay() != null);
        filters.add(search, more);
        return filters;
    }

    private void apply(ActivityFilter changed) {
        UI.getCurrent().navigate(PATH, new com.vaadin.flow.router.QueryParameters(ActivityFilterParameters.of(changed)));
    }

    private void loadMore() {
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        List<ActivityCard> page = activities.findPublished(filter, language, loaded, PAGE);
        page.forEach(card -> cards.add(card(card, language)));
        loaded += page.size();
        more.setVisible(page.size() == PAGE);
        if (loaded == 0) {
            Paragraph none = new Paragraph(getTranslation("activity.list.none"));
            none.setId("activity-none");
            cards.add(none);
        }
    }

    private Anchor card(ActivityCard card, SupportedLanguage language) {
        Anchor link = new Anchor(ActivityDetailView.PATH + "/" + card.id());
        link.getElement().setAttribute("router-link", true);
        link.addClassName("activity-card");
        Icon pictogram = new Icon(card.category().pictogram().split(":")[0], card.category().pictogram().split(":")[1]);
        pictogram.getElement().setAttribute("aria-hidden", "true");
        pictogram.addClassName("activity-pictogram");
        Div body = new Div();
        body.addClassName("activity-card-body");
        H2 title = new H2(card.title());
        title.getElement().setAttribute("lang", card.titleLanguage().tag());
        body.add(title);
        if (card.titleLanguage() != language) {
            Span untranslated = new Span(getTranslation("activity.list.not-translated"));
            untranslated.addClassNames("badge", "badge-untranslated");
            body.add(untranslated);
        } else if (card.machineTranslated()) {
            Span machine = new Span(getTranslation("activity.list.machine-translated"));
            machine.addClassNames("badge", "badge-untranslated", "badge-machine-translated");
            body.add(machine);
        }
        body.add(new Paragraph(getTranslation("activity.list.next", Map.of("when",
                Formats.meeting(card.nextStart(), language, Zones.STOCKHOLM)))));
        body.add(new Paragraph(card.venueName() + ", " + card.municipalityName()));
        Div badges = new Div();
        badges.addClassName("badges");
        badge(badges, card.free(), "activity.badge.free");
        badge(badges, card.noSwedishNeeded(), "activity.badge.no-swedish");
        badge(badges, card.womenOnly(), "activity.badge.women");
        badge(badges, card.childcare(), "activity.badge.childcare");
        badge(badges, card.stepFree(), "activity.badge.step-free");
        badge(badges, card.dropIn(), "activity.badge.drop-in");
        body.add(badges);
        link.add(pictogram, body);
        return link;
    }

    private void badge(Div badges, boolean applies, String key) {
        if (applies) {
            Span badge = new Span(getTranslation(key));
            badge.addClassName("badge");
            badges.add(badge);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.list.title");
    }
}
