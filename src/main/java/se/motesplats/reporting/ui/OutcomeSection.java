package se.motesplats.reporting.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ui.ActivityDetailSection;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.reporting.OutcomeService;

/** On the activity page, for those who run or oversee it: what participants said, as counts only. */
@org.springframework.stereotype.Component // a Spring bean; Component alone means Vaadin's here
class OutcomeSection implements ActivityDetailSection {

    private final OutcomeService outcomes;

    OutcomeSection(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public Component create(ActivityDetail detail) {
        if (!detail.manageableByCaller()) {
            return new Div();
        }
        NumberFormat numbers = NumberFormat.getInstance(ULocale.forLocale(SupportedLanguage.of(UI.getCurrent().getLocale()).formattingLocale()));
        return outcomes.ofActivity(detail.id()).<Component>map(summary -> {
            Div section = new Div(OutcomeTable.ofActivity(summary, numbers));
            section.setId("activity-outcomes");
            return section;
        }).orElseGet(Div::new);
    }
}
