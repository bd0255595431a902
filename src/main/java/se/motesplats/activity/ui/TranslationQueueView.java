package se.motesplats.activity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityTranslationService;
import se.motesplats.activity.TranslationImport;
import se.motesplats.activity.TranslationNeed;
import se.motesplats.activity.TranslationQueueEntry;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.RuleMessages;

/**
 * The translation queue: activity texts missing in a language, outdated since the source changed,
 * or machine drafts waiting for a person. Filter by language, open one text side by side, or hand
 * a language's texts to a translator as a sheet (the translators' workbench format) and paste the
 * filled-in sheet back. The paste goes into a text area rather than a file upload: the app has no
 * upload component, and a volunteer can paste cells copied straight out of a spreadsheet.
 */
@Route(TranslationQueueView.PATH)
@Menu(order = 36, title = "activity.translation.menu", icon = "vaadin:globe")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class TranslationQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "translation-queue";
    static final String LANGUAGE_PARAMETER = "language";

    private final transient ActivityTranslationService translations;
    private final Select<SupportedLanguage> language = new Select<>();
    private final Div queue = new Div();
    private final Div sheet = new Div();
    private final Div report = new Div();
    private @Nullable SupportedLanguage target;

    public TranslationQueueView(ActivityTranslationService translations) {
        this.translations = translations;
        addClassName("translation-queue-view");
        add(new H1(getTranslation("activity.translation.title")));
        add(new Paragraph(getTranslation("activity.translation.intro")));

        language.setLabel(getTranslation("activity.translation.language"));
        language.setId("translation-language");
        language.setItems(Arrays.asList(SupportedLanguage.values()));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("activity.translation.all-languages"));
        language.setItemLabelGenerator(value -> value == null ? getTranslation("activity.translation.all-languages") : value.nativeName());
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                UI.getCurrent().navigate(PATH, change.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.of(LANGUAGE_PARAMETER, change.getValue().tag()));
            }
        });
        queue.setId("translation-queue");
        sheet.setId("translation-sheet");
        report.setId("translation-import-report");
        add(language, sheet, queue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        target = event.getLocation().getQueryParameters().getSingleParameter(LANGUAGE_PARAMETER)
                .flatMap(SupportedLanguage::byTag).orElse(null);
        language.setValue(target);
        refresh();
    }

    private void refresh() {
        boolean anything = fillQueue();
        sheet.removeAll();
        if (target != null) {
            sheet.add(spreadsheet(target, anything));
        } else {
            sheet.add(new Paragraph(getTranslation("activity.translation.sheet-choose-language")));
        }
    }

    /** Lists the queue; whether there is anything in it. */
    private boolean fillQueue() {
        queue.removeAll();
        List<TranslationQueueEntry> entries = translations.queue(target);
        entries.forEach(entry -> queue.add(row(entry)));
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("activity.translation.none"));
            none.setId("translation-none");
            queue.add(none);
        }
        return !entries.isEmpty();
    }

    private Div row(TranslationQueueEntry entry) {
        Div row = new Div();
        row.addClassName("activity-row");
        row.getElement().setAttribute("data-activity", String.valueOf(entry.activityId()));
        H2 title = new H2(entry.title());
        title.getElement().setAttribute("lang", entry.sourceLanguage().tag());
        title.getElement().setAttribute("dir", entry.sourceLanguage().direction().attribute());
        row.add(title, new StatusBadge(entry.status()));
        row.add(new Paragraph(entry.organisationName() + " · " + entry.municipalityName()));
        UnorderedList languages = new UnorderedList();
        languages.addClassName("translation-needs");
        entry.needs().forEach((language, need) -> {
            Anchor open = new Anchor(TranslateTextView.path(entry.activityId(), language));
            open.getElement().setAttribute("router-link", true);
            open.addClassName("translation-need");
            open.getElement().setAttribute("data-language", language.tag());
            Span name = new Span(language.nativeName());
            name.getElement().setAttribute("lang", language.tag());
            name.getElement().setAttribute("dir", language.direction().attribute());
            open.add(name, needBadge(need));
            languages.add(new ListItem(open));
        });
        row.add(languages);
        return row;
    }

    /** Why a text is in the queue, as a badge: missing texts and machine drafts in the colour of "not translated yet". */
    static Span needBadge(TranslationNeed need) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(need.translationKey()));
        badge.addClassNames("badge", "need-" + need.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (need != TranslationNeed.OUTDATED) {
            badge.addClassName("badge-untranslated");
        }
        return badge;
    }

    /** Download the language's texts as a sheet; paste the filled-in sheet back. */
    private Details spreadsheet(SupportedLanguage language, boolean anything) {
        Div content = new Div();
        content.add(new Paragraph(getTranslation("activity.translation.sheet-intro", Map.of("language", language.nativeName()))));
        if (anything) {
            // the states in the reader's language, looked up now: the download is served outside this UI's request
            Map<TranslationNeed, String> states = new EnumMap<>(TranslationNeed.class);
            for (TranslationNeed need : TranslationNeed.values()) {
                states.put(need, getTranslation(need.translationKey()));
            }
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] csv = translations.export(language, states::get);
                return new DownloadResponse(new ByteArrayInputStream(csv), "activity-texts-" + language.tag() + ".csv", "text/csv",
                        csv.length);
            }), getTranslation("activity.translation.export"));
            download.setId("translation-export");
            download.addClassName("button-link");
            content.add(download);
        }
        TextArea pasted = new TextArea(getTranslation("activity.translation.import-field"));
        pasted.setId("translation-import-field");
        pasted.setHelperText(getTranslation("activity.translation.import-help"));
        pasted.setWidthFull();
        pasted.setMinRows(4);
        pasted.setMaxRows(10);
        Button importButton = new Button(getTranslation("activity.translation.import"), click -> {
            report.removeAll();
            RuleMessages.attempt(() -> {
                TranslationImport result = translations.importSheet(pasted.getValue());
                showReport(result);
                if (result.refused().isEmpty()) {
                    pasted.clear();
                }
                fillQueue();
            });
        });
        importButton.setId("translation-import");
        content.add(pasted, importButton, report);
        Details details = new Details(getTranslation("activity.translation.sheet"), content);
        details.setId("translation-sheet-details");
        return details;
    }

    private void showReport(TranslationImport result) {
        Paragraph summary = new Paragraph(getTranslation("activity.translation.import-done",
                Map.of("saved", result.saved(), "unchanged", result.unchanged(), "refused", result.refused().size())));
        summary.setId("translation-import-summary");
        report.add(summary);
        if (!result.refused().isEmpty()) {
            UnorderedList refusals = new UnorderedList();
            refusals.setId("translation-import-refusals");
            for (TranslationImport.Refusal refusal : result.refused()) {
                ListItem item = new ListItem(getTranslation("activity.translation.import-refused", Map.of("row", refusal.row(),
                        "key", refusal.key(), "reason", getTranslation(refusal.reasonKey()))));
                item.getElement().setAttribute("data-row", String.valueOf(refusal.row()));
                refusals.add(item);
            }
            report.add(refusals);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.translation.title");
    }
}
