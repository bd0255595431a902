package se.motesplats.signup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ui.ActivityDetailSection;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.Roles;

/** Case officers and coordinators see a way to sign up a newcomer who is with them. */
@org.springframework.stereotype.Component
class ReferralSection implements ActivityDetailSection {

    @Override
    public Component create(ActivityDetail detail) {
        boolean refers = CurrentPerson.get().filter(person -> person.hasRole(Roles.CASE_OFFICER) || person.hasRole(Roles.COORDINATOR)
                || person.hasRole(Roles.ADMINISTRATOR)).isPresent();
        if (!refers || detail.dropIn()) {
            return new Div();
        }
        Anchor refer = new Anchor(ReferView.PATH + "/" + detail.id(), "");
        refer.setText(refer.getTranslation("signup.refer.link"));
        refer.setId("refer-link");
        return new Paragraph(refer);
    }
}
