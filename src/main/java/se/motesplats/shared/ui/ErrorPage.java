package se.motesplats.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The body of every error page: a translated title, one sentence and the way back to start. */
class ErrorPage extends Main {

    /** With a link that opens the page again, for an error that may pass (an overloaded moment). */
    ErrorPage(String kind, String location) {
        this(kind);
        Anchor again = new Anchor(location, getTranslation("shared.error.try-again"));
        again.setId("error-try-again");
        addComponentAtIndex(2, again);
    }

    ErrorPage(String kind) {
        addClassName("error-view");
        H1 title = new H1(getTranslation("shared.error." + kind + ".title"));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation("shared.error." + kind + ".text")));
        Anchor back = new Anchor("", getTranslation("shared.error.back-to-start"));
        back.setId("error-back");
        add(back);
    }
}
