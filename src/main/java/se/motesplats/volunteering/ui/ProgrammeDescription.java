package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import se.motesplats.shared.ui.MainLayout;
import se.motesplats.volunteering.Programme;

/** A programme as people choose it: pictogram, name, what it is, and what it asks of a volunteer. */
class ProgrammeDescription extends Div {

    ProgrammeDescription(Programme programme, boolean forVolunteers) {
        addClassName("programme-description");
        Span name = new Span(Labels.of(this, programme.kind()));
        name.addClassName("programme-name");
        Span what = new Span(getTranslation(programme.kind().translationKey() + ".what"));
        add(MainLayout.pictogramNamed(programme.kind().pictogram()), name, what);
        if (forVolunteers) {
            Span commitment = new Span(getTranslation("volunteering.programme.commitment",
                    Map.of("weeks", programme.meetEveryWeeks(), "months", programme.periodMonths())));
            commitment.addClassName("programme-commitment");
            add(commitment);
            if (!programme.requirements().isEmpty()) {
                Span requirements = new Span(getTranslation("volunteering.programme.requirements",
                        Map.of("requirements", Labels.list(this, programme.requirements()))));
                requirements.addClassName("programme-commitment");
                add(requirements);
            }
        }
    }
}
