package se.motesplats.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityCard;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityFilter;
import se.motesplats.activity.ActivityFilterParameters;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.Position;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.activity.TimeOfDay;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.ui.Pictogram;

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
    /** The search field's id, which the first paint's search names so that typing begun there goes on here. */
    static final String SEARCH_ID = "filter-text";

    private final transient ActivityService activities;
    private final transient List<Municipality> municipalities;
    private final ActivityCards cards = new ActivityCards();
    private final Paragraph none = new Paragraph();
    private final Button more = new Button();
    private ActivityFilter filter = ActivityFilter.ALL;
    private @Nullable Position position;

    public ActivityListView(ActivityService activities, AreaService areas) {
        this.activities = activities;
        this.municipalities = areas.municipalities();
        addClassName("activity-list-view");
        cards.setId("activity-cards");
        none.setId("activity-none");
        none.setText(getTranslation("activity.list.none"));
        more.setId("activity-more");
        more.setText(getTranslation("activity.list.more"));
        more.addClickListener(click -> loadMore());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the view is kept while only the filters change, and with it where the visitor stands
        filter = ActivityFilterParameters.parse(event.getLocation().getQueryParameters().getParameters()).from(position);
        removeAll();
        add(new H1(getTranslation("activity.list.title")));
        add(filters());
        add(cards, none, more);
        if (filter.wantsPosition() && position == null) {
            askWhereVisitorIs(found -> reload());
        }
        reload();
    }

    private void reload() {
        cards.clear();
        loadMore();
    }

    /**
     * Asks the browser where the phone is; it asks the person first. Rounded there to three decimals (about
     * 100 m) so no more than a neighbourhood reaches the server, and kept only in this view.
     */
    private void askWhereVisitorIs(java.util.function.Consumer<Position> found) {
        getElement().executeJs("""
                return new Promise((resolve) => {
                  if (!navigator.geolocation) { resolve(''); return; }
                  navigator.geolocation.getCurrentPosition(
                    (p) => resolve(p.coords.latitude.toFixed(3) + ',' + p.coords.longitude.toFixed(3)),
                    () => resolve(''), { maximumAge: 600000, timeout: 20000 });
                })""").then(String.class, answer -> {
            Optional<Position> where = parsePosition(answer);
            if (where.isEmpty()) {
                Notification.show(getTranslation("activity.list.position-unknown"), 8000, Notification.Position.MIDDLE)
                        .setId("position-unknown");
                return;
            }
            position = where.get();
            filter = filter.from(position);
            found.accept(position);
        });
    }

    static Optional<Position> parsePosition(@Nullable String answer) {
        String[] parts = answer == null ? new String[0] : answer.split(",");
        try {
            if (parts.length == 2) {
                double latitude = Double.parseDouble(parts[0]);
                double longitude = Double.parseDouble(parts[1]);
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    return Optional.of(new Position(latitude, longitude));
                }
            }
        } catch (NumberFormatException notANumber) {
            // treated like a refusal
        }
        return Optional.empty();
    }

    private Button nearMe() {
        boolean on = filter.has(ActivityFilter.Flag.NEAR_ME);
        Button near = new Button(getTranslation("activity.filter.near-me"),
                new Pictogram("vaadin:location-arrow-circle"));
        near.setId("filter-near-me");
        near.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            near.addThemeVariants(ButtonVariant.PRIMARY);
        }
        near.addClickListener(click -> {
            if (on) {
                apply(filter.with(ActivityFilter.Flag.NEAR_ME, false));
            } else if (position != null) {
                apply(filter.with(ActivityFilter.Flag.NEAR_ME, true));
            } else {
                askWhereVisitorIs(found -> apply(filter.with(ActivityFilter.Flag.NEAR_ME, true)));
            }
        });
        return near;
    }

    private Div filters() {
        Div filters = new Div();
        filters.addClassName("activity-filters");
        TextField search = new TextField();
        search.setId(SEARCH_ID);
        search.setLabel(getTranslation("activity.filter.search"));
        search.setValue(filter.text());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.addValueChangeListener(change -> apply(filter.with(filter.category(), filter.municipalityCode(), change.getValue())));
        Details more = new Details(getTranslation("activity.filter.more"));
        more.setId("filter-more");
        more.addClassName("filter-more");
        // Folded on arrival so a phone shows activities first, and built only when opened: its fields were a
        // quarter of every visitor's session memory while most never open it (docs/performance.md).
        // Open, and built at once, while a filter is in use.
        boolean inUse = filter.category() != null || filter.municipalityCode() != null
                || filter.flags().stream().anyMatch(flag -> flag != ActivityFilter.Flag.NEAR_ME)
                || filter.weekday() != null || filter.timeOfDay() != null || filter.spoken() != null || filter.group() != null
                || filter.level() != null || filter.order() != ActivityFilter.Order.NEXT_MEETING;
        if (inUse) {
            more.add(moreFilters());
            more.setOpened(true);
        } else {
            more.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && more.getContent().findAny().isEmpty()) {
                    more.add(moreFilters());
                }
            });
        }
        filters.add(search, nearMe(), more);
        return filters;
    }

    private Component[] moreFilters() {
        Select<ActivityCategory> category = anyOf("filter-category", "activity.filter.category", List.of(ActivityCategory.values()),
                "activity.filter.any-category", value -> getTranslation(value.translationKey()), filter.category(),
                chosen -> filter.with(chosen, filter.municipalityCode(), filter.text()));
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
            if (flag == ActivityFilter.Flag.NEAR_ME) {
                continue;
            }
            Checkbox chip = new Checkbox(getTranslation("activity.filter." + flag.parameter()), filter.has(flag));
            chip.setId("filter-" + flag.parameter());
            chip.addClassName("filter-chip");
            chip.addValueChangeListener(change -> apply(filter.with(flag, change.getValue())));
            chips.add(chip);
        }
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        Select<DayOfWeek> weekday = anyOf("filter-weekday", "activity.filter.weekday", List.of(DayOfWeek.values()), "activity.filter.any-day",
                day -> day.getDisplayName(TextStyle.FULL_STANDALONE, language.formattingLocale()), filter.weekday(),
                chosen -> filter.when(chosen, filter.timeOfDay()));
        Select<TimeOfDay> time = anyOf("filter-time", "activity.filter.time", List.of(TimeOfDay.values()), "activity.filter.any-time",
                value -> getTranslation(value.translationKey()), filter.timeOfDay(), chosen -> filter.when(filter.weekday(), chosen));
        Select<SupportedLanguage> spoken = anyOf("filter-spoken", "activity.filter.spoken", List.of(SupportedLanguage.values()),
                "activity.filter.any-language", SupportedLanguage::nativeName, filter.spoken(),
                chosen -> filter.forWhom(chosen, filter.group(), filter.level()));
        Select<TargetGroup> group = anyOf("filter-group", "activity.filter.group",
                Arrays.stream(TargetGroup.values()).filter(value -> value != TargetGroup.EVERYONE).toList(), "activity.filter.anyone",
                value -> getTranslation(value.translationKey()), filter.group(), chosen -> filter.forWhom(filter.spoken(), chosen, filter.level()));
        Select<SwedishLevel> level = anyOf("filter-level", "activity.filter.my-swedish", List.of(SwedishLevel.values()),
                "activity.filter.any-level", value -> getTranslation("activity.filter.my-swedish." + value.name().toLowerCase(Locale.ROOT)),
                filter.level(), chosen -> filter.forWhom(filter.spoken(), filter.group(), chosen));
        return new Component[] {category, municipality, weekday, time, spoken, group, level, orderChoice(), chips};
    }

    /** A drop-down whose empty choice means "any"; choosing navigates to the changed filter. */
    private <T> Select<T> anyOf(String id, String labelKey, List<T> items, String anyKey, Function<T, String> label, @Nullable T value,
            Function<@Nullable T, ActivityFilter> changed) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItemLabelGenerator(item -> item == null ? getTranslation(anyKey) : label.apply(item));
        select.setValue(value);
        select.addValueChangeListener(change -> apply(changed.apply(change.getValue())));
        return select;
    }

    private Select<ActivityFilter.Order> orderChoice() {
        Select<ActivityFilter.Order> order = new Select<>();
        order.setId("filter-order");
        order.setLabel(getTranslation("activity.filter.order"));
        order.setItems(ActivityFilter.Order.values());
        order.setItemLabelGenerator(value -> getTranslation(value == ActivityFilter.Order.DISTANCE
                ? "activity.filter.order-distance" : "activity.filter.order-date"));
        order.setValue(filter.order());
        order.addValueChangeListener(change -> {
            ActivityFilter.Order chosen = change.getValue() == null ? ActivityFilter.Order.NEXT_MEETING : change.getValue();
            if (chosen == ActivityFilter.Order.DISTANCE && position == null) {
                askWhereVisitorIs(found -> apply(filter.sorted(chosen)));
            } else {
                apply(filter.sorted(chosen));
            }
        });
        return order;
    }

    private void apply(ActivityFilter changed) {
        UI.getCurrent().navigate(PATH, new com.vaadin.flow.router.QueryParameters(ActivityFilterParameters.of(changed)));
    }

    private void loadMore() {
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        List<ActivityCard> page = activities.findPublished(filter, language, cards.count(), PAGE);
        cards.append(page.stream().map(card -> shown(card, language)).toList());
        more.setVisible(page.size() == PAGE);
        none.setVisible(cards.count() == 0);
    }

    private ActivityCards.Shown shown(ActivityCard card, SupportedLanguage language) {
        return CardTexts.shown(card, language, this::getTranslation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.list.title");
    }
}
