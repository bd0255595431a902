package se.motesplats.signup.ui;

import com.vaadin.flow.component.Component;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.ui.ActivityDetailSection;
import se.motesplats.signup.SignupService;

/** Puts the sign-up panel on every published activity's page. */
@org.springframework.stereotype.Component
class SignupSection implements ActivityDetailSection {

    private final SignupService signups;

    SignupSection(SignupService signups) {
        this.signups = signups;
    }

    @Override
    public Component create(ActivityDetail detail) {
        return new SignupPanel(signups, detail);
    }
}
