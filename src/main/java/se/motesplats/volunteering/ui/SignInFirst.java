package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** For visitors who are not signed in: sign in or join, then come back to this page. */
class SignInFirst extends Div {

    SignInFirst(String returnPath, String explanationKey) {
        setId("sign-in-first");
        Anchor signIn = new Anchor("sign-in?return=" + returnPath, getTranslation("volunteering.sign-in"));
        signIn.addClassNames("button-link", "primary");
        signIn.setId("sign-in-first-sign-in");
        Anchor join = new Anchor("join?return=" + returnPath, getTranslation("volunteering.join"));
        join.addClassName("button-link");
        join.setId("sign-in-first-join");
        add(new Paragraph(getTranslation(explanationKey)), new Div(signIn, join));
    }
}
