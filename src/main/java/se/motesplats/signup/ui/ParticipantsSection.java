package se.motesplats.signup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ui.ActivityDetailSection;
import se.motesplats.signup.SignupService;

/** For the people who run an activity: who is coming, the queue, and messages to everyone. */
@org.springframework.stereotype.Component
class ParticipantsSection implements ActivityDetailSection {

    private final SignupService signups;

    ParticipantsSection(SignupService signups) {
        this.signups = signups;
    }

    @Override
    public Component create(ActivityDetail detail) {
        return detail.manageableByCaller() ? new ParticipantsPanel(signups, detail) : new Div();
    }
}
