package se.motesplats.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The body of every error page: a translated title, one sentence and the way back to start. */
class ErrorPage extends Main {

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
