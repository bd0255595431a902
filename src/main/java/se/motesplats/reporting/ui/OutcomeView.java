package se.motesplats.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.OutcomeLevel;
import se.motesplats.reporting.OutcomeQuestion;
import se.motesplats.reporting.OutcomeService;
import se.motesplats.shared.ui.MainLayout;
import se.motesplats.shared.ui.RuleMessages;

/**
 * "How was it?": three short questions per activity the person has been to a few times, each
 * answered with one of three faces. Any question may be skipped.
 */
@Route(OutcomeView.PATH)
@PermitAll
public class OutcomeView extends Main implements HasDynamicTitle {

    public static final String PATH = "how-was-it";

    private final transient OutcomeService outcomes;
    private final Div asked = new Div();

    public OutcomeView(OutcomeService outcomes) {
        this.outcomes = outcomes;
        addClassNames("narrow-view", "outcome-view");
        add(new H1(getTranslation("reporting.outcome.title")), new Paragraph(getTranslation("reporting.outcome.intro")), asked);
        asked.setId("outcome-asked");
        refresh();
    }

    private void refresh() {
        asked.removeAll();
        var activities = outcomes.askedOfMe(SupportedLanguage.of(getLocale()));
        if (activities.isEmpty()) {
            asked.add(new Paragraph(getTranslation("reporting.outcome.none")));
        }
        activities.forEach(activity -> asked.add(card(activity)));
    }

    private Div card(OutcomeService.AskedActivity activity) {
        Div card = new Div(new H2(activity.title()));
        card.addClassNames("card", "outcome-card");
        card.getElement().setAttribute("data-activity", String.valueOf(activity.activityId()));
        Map<OutcomeQuestion, RadioButtonGroup<OutcomeLevel>> answers = new EnumMap<>(OutcomeQuestion.class);
        for (OutcomeQuestion question : OutcomeQuestion.values()) {
            RadioButtonGroup<OutcomeLevel> faces = new RadioButtonGroup<>(getTranslation(question.translationKey()));
            faces.addClassName("outcome-" + question.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            faces.setItems(OutcomeLevel.values());
            faces.setRenderer(new ComponentRenderer<>(level -> new Span(MainLayout.pictogramNamed(level.pictogram()),
                    new Span(getTranslation(level.translationKey())))));
            faces.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            answers.put(question, faces);
            card.add(faces);
        }
        Button send = new Button(getTranslation("reporting.outcome.send"), click -> {
            Map<OutcomeQuestion, OutcomeLevel> chosen = new EnumMap<>(OutcomeQuestion.class);
            answers.forEach((question, faces) -> {
                if (faces.getValue() != null) {
                    chosen.put(question, faces.getValue());
                }
            });
            if (RuleMessages.attempt(() -> outcomes.answer(activity.activityId(), chosen))) {
                refresh();
                asked.addComponentAsFirst(new Paragraph(getTranslation("reporting.outcome.thanks")));
            }
        });
        send.addClassName("outcome-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        card.add(send);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.outcome.title");
    }
}
