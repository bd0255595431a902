package se.motesplats.i18n.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import se.motesplats.i18n.LanguageSwitch;
import se.motesplats.i18n.SupportedLanguage;

/**
 * A globe button that lists every language in its own script, so someone who reads no Swedish can
 * still find theirs. The choice is remembered and the page reloads in the new language and direction.
 * <p>
 * The button is drawn by the browser inside the layout's top bar ({@code <motesplats-top-bar>},
 * {@code frontend/layout/bars.ts}) from the attributes set here: as a Vaadin button it held about 2 KiB of
 * every visitor's session (docs/performance.md). The list is built only when the button is pressed.
 */
public final class LanguagePicker {

    public static final String ID = "language-picker";
    /** The event the top bar sends when its language button is pressed. */
    public static final String OPEN_EVENT = "open-languages";

    private LanguagePicker() {
    }

    /** Gives the bar the button's texts (the current language in its own name and script) and opens the list on its event. */
    public static void addTo(Element bar) {
        UI ui = UI.getCurrent();
        SupportedLanguage current = SupportedLanguage.of(ui.getLocale());
        bar.setAttribute("language", current.nativeName());
        bar.setAttribute("language-tag", current.tag());
        bar.setAttribute("language-label", ui.getTranslation("i18n.picker.open"));
        bar.addEventListener(OPEN_EVENT, event -> open());
    }

    /** The dialog with every language; each choice is a full page load, so that direction, fonts and every text change together. */
    public static void open() {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation("i18n.picker.title"));
        dialog.addClassName("language-dialog");
        Div list = new Div();
        list.addClassName("language-list");
        String path = ui.getActiveViewLocation().getPath();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Anchor choice = new Anchor(LanguageSwitch.link(language, path), language.nativeName());
            choice.setId("language-" + language.tag());
            choice.getElement().setAttribute("router-ignore", true);
            choice.addClassName("language-choice");
            choice.getElement().setAttribute("lang", language.tag());
            choice.getElement().setAttribute("dir", language.direction().attribute());
            list.add(choice);
        }
        dialog.add(list);
        Button close = new Button(ui.getTranslation("i18n.picker.close"), click -> dialog.close());
        close.setId("language-dialog-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
