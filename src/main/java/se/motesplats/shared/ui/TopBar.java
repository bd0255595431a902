package se.motesplats.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import se.motesplats.i18n.ui.LanguagePicker;

/**
 * {@code <motesplats-top-bar>} ({@code frontend/layout/bars.ts}): the app's name (a router link home), the
 * language picker's button and, for visitors, the sign-in link, drawn by the browser from translated texts
 * in attributes. One state node instead of ten Vaadin components' (docs/performance.md, "Memory per session").
 */
@Tag("motesplats-top-bar")
@JsModule("./layout/bars.ts")
public class TopBar extends Component {

    TopBar(boolean signInLink) {
        addClassName("top-bar");
        getElement().setAttribute("brand", getTranslation("shared.app.name"));
        if (signInLink) {
            getElement().setAttribute("sign-in", getTranslation("shared.layout.sign-in"));
        }
        LanguagePicker.addTo(getElement());
    }
}
