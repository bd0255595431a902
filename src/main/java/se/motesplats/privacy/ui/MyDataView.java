package se.motesplats.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataPart;
import se.motesplats.privacy.PersonalDataService;
import se.motesplats.shared.Translatable;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;

/**
 * "My data": everything the portal holds about the signed-in person, readable here and as a JSON
 * download, and the button that deletes their account (two taps, with what happens said first).
 */
@Route(MyDataView.PATH)
@Menu(order = 91, title = "privacy.my-data.menu", icon = "vaadin:file-text-o")
@PermitAll
public class MyDataView extends Main implements HasDynamicTitle {

    public static final String PATH = "my-data";

    public MyDataView(PersonalDataService personalData, AuthenticationContext authentication) {
        addClassNames("narrow-view", "my-data-view");
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = personalData.mineAsJson(language);
            return new DownloadResponse(new ByteArrayInputStream(json), "motesplats-my-data.json", "application/json", json.length);
        }), getTranslation("privacy.my-data.download"));
        download.setId("download-my-data");
        download.addClassName("button-link");
        add(new H1(getTranslation("privacy.my-data.title")), new Paragraph(getTranslation("privacy.my-data.intro")), download);
        for (PersonalDataPart part : personalData.mine(language)) {
            add(part(part, language));
        }
        add(erasure(personalData, authentication));
    }

    private Section part(PersonalDataPart part, SupportedLanguage language) {
        Section section = new Section(new H2(getTranslation(part.titleKey())));
        section.addClassName("my-data-part");
        section.getElement().setAttribute("data-part", part.name());
        if (part.records().isEmpty()) {
            section.add(new Paragraph(getTranslation("privacy.my-data.nothing")));
        }
        for (Map<String, Object> record : part.records()) {
            DescriptionList list = new DescriptionList();
            list.addClassName("card");
            record.forEach((field, value) -> list.add(new DescriptionList.Term(getTranslation(PersonalDataPart.fieldKey(field))),
                    new DescriptionList.Description(shown(value, language))));
            section.add(list);
        }
        return section;
    }

    private String shown(Object value, SupportedLanguage language) {
        return switch (value) {
            case Instant instant -> Formats.meeting(instant, language, Zones.STOCKHOLM);
            case LocalDate day -> Formats.day(day, language);
            case Boolean yes -> getTranslation(yes ? "privacy.my-data.yes" : "privacy.my-data.no");
            case Translatable translatable -> getTranslation(translatable.translationKey());
            case Collection<?> values -> values.stream().map(item -> shown(item, language)).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }

    private Component erasure(PersonalDataService personalData, AuthenticationContext authentication) {
        Button erase = new Button(getTranslation("privacy.erase.button"), click -> {
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle(getTranslation("privacy.erase.confirm-title"));
            confirm.add(new Paragraph(getTranslation("privacy.erase.confirm-text")));
            Button yes = new Button(getTranslation("privacy.erase.yes"), yesClick -> {
                if (RuleMessages.attempt(personalData::eraseMe)) {
                    confirm.close();
                    authentication.logout();
                }
            });
            yes.setId("confirm-erase-account");
            yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
            Button keep = new Button(getTranslation("privacy.erase.keep"), keepClick -> confirm.close());
            confirm.getFooter().add(keep, yes);
            confirm.open();
        });
        erase.setId("erase-account");
        erase.addThemeVariants(ButtonVariant.ERROR);
        Div section = new Div(new H2(getTranslation("privacy.erase.title")), new Paragraph(getTranslation("privacy.erase.what-happens")), erase);
        section.addClassName("erase-account");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.my-data.title");
    }
}
