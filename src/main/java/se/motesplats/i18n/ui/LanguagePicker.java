package se.motesplats.i18n.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Anchor;
import se.motesplats.i18n.LanguageSwitch;
import se.motesplats.i18n.SupportedLanguage;

/**
 * A globe button that lists every language in its own script, so someone who reads no Swedish can
 * still find theirs. The choice is remembered and the page reloads in the new language and direction.
 */
public class LanguagePicker extends Composite<Button> {

    public static final String ID = "language-picker";

    @Override
    protected Button initContent() {
        SupportedLanguage current = SupportedLanguage.of(UI.getCurrent().getLocale());
        Button button = new Button(current.nativeName(), VaadinIcon.GLOBE.create(), click -> open());
        button.setId(ID);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation("i18n.picker.open"));
        button.getElement().setAttribute("lang", current.tag());
        return button;
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("i18n.picker.title"));
        dialog.addClassName("language-dialog");
        Div list = new Div();
        list.addClassName("language-list");
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Anchor choice = new Anchor(LanguageSwitch.link(language, currentPath()), language.nativeName());
            choice.setId("language-" + language.tag());
            // a full page load, so that direction, fonts and every text change together
            choice.getElement().setAttribute("router-ignore", true);
            choice.addClassName("language-choice");
            choice.getElement().setAttribute("lang", language.tag());
            choice.getElement().setAttribute("dir", language.direction().attribute());
            list.add(choice);
        }
        dialog.add(list);
        Button close = new Button(getTranslation("i18n.picker.close"), click -> dialog.close());
        close.setId("language-dialog-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private String currentPath() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }
}
