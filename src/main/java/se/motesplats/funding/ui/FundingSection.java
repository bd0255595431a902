package se.motesplats.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ui.ActivityDetailSection;
import se.motesplats.funding.FundingService;
import se.motesplats.i18n.SupportedLanguage;

/** The live eligibility meter on the page of an activity run under a funding scheme, for its organisers and coordinators. */
@org.springframework.stereotype.Component
class FundingSection implements ActivityDetailSection {

    private final FundingService funding;

    FundingSection(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public Component create(ActivityDetail detail) {
        if (!detail.manageableByCaller()) {
            return new Div();
        }
        SupportedLanguage language = SupportedLanguage.of(UI.getCurrent().getLocale());
        return funding.meter(detail.id(), language).<Component>map(part -> {
            Div section = new Div(new H2(UI.getCurrent().getTranslation("funding.meter.title")), new ClaimPart(part, language, false));
            section.setId("funding-meter");
            return section;
        }).orElseGet(Div::new);
    }
}
