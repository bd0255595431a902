package se.motesplats.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import java.util.Map;
import java.util.Optional;
import se.motesplats.activity.ActivityText;
import se.motesplats.activity.ActivityTranslationService;
import se.motesplats.activity.TextToTranslate;
import se.motesplats.activity.TranslationState;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.TextLimits;
import se.motesplats.shared.ui.RuleMessages;

/**
 * One activity text side by side: the source on the left (above, on a phone), the translation
 * fields on the right. Saving makes it a person's translation; a machine draft is approved by
 * saving it, changed or not. "Machine draft" appears only when machine translation is configured
 * and the text has no person's translation to replace.
 */
@Route(TranslateTextView.PATH + "/:activity/:language")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class TranslateTextView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = TranslationQueueView.PATH;

    private final transient ActivityTranslationService translations;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Div state = new Div();
    private final Div actions = new Div();
    private TextToTranslate text;
    private String pageTitle = "";

    public TranslateTextView(ActivityTranslationService translations) {
        this.translations = translations;
        addClassName("translate-text-view");
        title.setId("translation-title");
        title.setWidthFull();
        title.setMaxLength(TextLimits.TITLE);
        description.setId("translation-description");
        description.setWidthFull();
        description.setMinRows(5);
        description.setMaxLength(TextLimits.DESCRIPTION);
        state.setId("translation-state");
        state.addClassName("translation-state");
        actions.addClassName("row-actions");
    }

    static String path(long activityId, SupportedLanguage language) {
        return PATH + "/" + activityId + "/" + language.tag();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long activityId = event.getRouteParameters().getLong("activity").orElseThrow(NotFoundException::new);
        SupportedLanguage target = event.getRouteParameters().get("language").flatMap(SupportedLanguage::byTag)
                .orElseThrow(NotFoundException::new);
        Optional<TextToTranslate> found = Optional.empty();
        try {
            found = Optional.of(translations.text(activityId, target));
        } catch (RuleViolation | AccessDeniedException notHere) {
            // not found, not waiting for translations, or not the caller's: the same page as an unknown address
        }
        text = found.orElseThrow(NotFoundException::new);
        build();
    }

    private void build() {
        removeAll();
        SupportedLanguage source = text.sourceLanguage();
        SupportedLanguage target = text.target();
        pageTitle = text.source().title();
        H1 heading = new H1(text.source().title());
        heading.getElement().setAttribute("lang", source.tag());
        heading.getElement().setAttribute("dir", source.direction().attribute());
        add(heading);
        add(new Paragraph(getTranslation("activity.translation.from-to", Map.of("from", source.nativeName(), "to", target.nativeName()))));
        add(state);

        Div sourceColumn = new Div();
        sourceColumn.addClassName("translation-source");
        sourceColumn.add(new H2(source.nativeName()));
        Paragraph sourceTitle = new Paragraph(text.source().title());
        sourceTitle.setId("source-title");
        sourceTitle.addClassName("source-title");
        Paragraph sourceDescription = new Paragraph(text.source().description());
        sourceDescription.setId("source-description");
        sourceDescription.addClassName("activity-description");
        for (Paragraph part : new Paragraph[] {sourceTitle, sourceDescription}) {
            part.getElement().setAttribute("lang", source.tag());
            part.getElement().setAttribute("dir", source.direction().attribute());
        }
        sourceColumn.add(sourceTitle, sourceDescription);

        Div targetColumn = new Div();
        targetColumn.addClassName("translation-target");
        H2 targetHeading = new H2(target.nativeName());
        targetHeading.getElement().setAttribute("lang", target.tag());
        targetColumn.add(targetHeading);
        title.setLabel(getTranslation("activity.translation.field-title"));
        description.setLabel(getTranslation("activity.translation.field-description"));
        for (Component field : new Component[] {title, description}) {
            field.getElement().setAttribute("lang", target.tag());
            field.getElement().setAttribute("dir", target.direction().attribute());
        }
        targetColumn.add(title, description);

        Div sideBySide = new Div(sourceColumn, targetColumn);
        sideBySide.addClassName("translation-side-by-side");
        add(sideBySide, actions);
        Anchor back = new Anchor(TranslationQueueView.PATH + "?" + TranslationQueueView.LANGUAGE_PARAMETER + "=" + target.tag(),
                getTranslation("activity.translation.back"));
        back.setId("translation-back");
        add(new Paragraph(back));
        show(text);
    }

    /** Fills the fields and buttons from the text as the service gave it. */
    private void show(TextToTranslate shown) {
        text = shown;
        ActivityText current = shown.current();
        title.setValue(current == null ? "" : current.title());
        description.setValue(current == null ? "" : current.description());
        state.removeAll();
        shown.need().ifPresentOrElse(need -> {
            state.add(TranslationQueueView.needBadge(need));
            if (shown.state() == TranslationState.MACHINE_DRAFT) {
                state.add(new Paragraph(getTranslation("activity.translation.machine-hint")));
            }
        }, () -> state.add(new Paragraph(getTranslation("activity.translation.done"))));

        actions.removeAll();
        boolean draft = shown.state() == TranslationState.MACHINE_DRAFT;
        Button save = new Button(getTranslation(draft ? "activity.translation.approve" : "activity.translation.save"), click -> save());
        save.setId("translation-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        actions.add(save);
        if (shown.machineDraftPossible()) {
            Button machine = new Button(getTranslation("activity.translation.machine"), click -> machineDraft());
            machine.setId("translation-machine");
            machine.setDisableOnClick(true);
            actions.add(machine);
        }
    }

    private void save() {
        if (RuleMessages.attempt(() -> translations.saveTranslation(text.activityId(), text.target(),
                new ActivityText(title.getValue(), description.getValue()), text.version()))) {
            Notification saved = Notification.show(getTranslation("activity.translation.saved"), 4000, Notification.Position.BOTTOM_CENTER);
            saved.addThemeVariants(NotificationVariant.SUCCESS);
            UI.getCurrent().navigate(TranslationQueueView.PATH,
                    QueryParameters.of(TranslationQueueView.LANGUAGE_PARAMETER, text.target().tag()));
        }
    }

    private void machineDraft() {
        if (!RuleMessages.attempt(() -> show(translations.machineDraft(text.activityId(), text.target(), text.version())))) {
            show(text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.translation.title") + " · " + pageTitle;
    }
}
