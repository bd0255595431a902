package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ActivityFilterParameters;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.ui.ActivityEditorView;
import se.motesplats.activity.ui.ActivityListView;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.ui.LanguagePicker;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.shared.ui.StartView;
import se.motesplats.shared.ui.TopBar;
import se.motesplats.testing.BrowserlessTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.ViewTexts;
import se.motesplats.volunteering.ui.AskForVolunteerView;

/**
 * What a click or a typed value does on a view, on the server: the cheap, valuable cases the browser
 * journeys leave out (filters in the address, empty required fields, a refused action, another language).
 */
class ViewInteractionsTest extends BrowserlessTestBase {

    private static final String FALUN = "2080";

    @Autowired PublishedActivities published;
    @Autowired AccountService accounts;

    @Test
    void theListingsFiltersAreKeptInTheAddressSoALinkOrTheBackButtonShowsTheSameList() {
        String title = "Filterprov";
        published.weekly(title, null, true, AgeRange.ANY, FALUN);
        navigate(ActivityListView.class);

        test($(TextField.class).id("filter-text")).setValue(title);
        assertThat($(Checkbox.class).withId("filter-free").all()).as("the folded filters are built when opened").isEmpty();
        $(Details.class).id("filter-more").setOpened(true);
        test($(Checkbox.class).id("filter-free")).click();

        var parameters = UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters();
        assertThat(parameters).containsEntry(ActivityFilterParameters.TEXT, List.of(title)).containsKey("free");
        // the cards are drawn by the browser from the texts in this attribute
        assertThat($(Component.class).id("activity-cards").getElement().getAttribute("cards")).contains("\"" + title + " ");

        test($(Checkbox.class).id("filter-free")).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsKey(ActivityFilterParameters.TEXT).doesNotContainKey("free");
    }

    @Test
    void theActivityEditorMarksEmptyRequiredFieldsWithATranslatedMessageAndSavesNothing() {
        long leader = published.weekly("Redigeringsprov", null, true, AgeRange.ANY, FALUN).leaderId();
        signIn(leader, Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        navigate(ActivityEditorView.class);

        test($(Button.class).id("editor-save")).click();

        TextField title = $(TextField.class).id("title-" + SupportedLanguage.SOURCE.tag());
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("activity.editor.required"))
                .doesNotMatch(ViewTexts.RAW_KEY);
        assertThat(getCurrentView()).as("still on the editor, nothing saved").isInstanceOf(ActivityEditorView.class);
    }

    @Test
    void aRefusedActionIsOneTranslatedSentenceAndTheFormStays() {
        long newcomer = accounts.ensureAccount("newcomer-" + UUID.randomUUID() + "@motesplats.test", "Samir",
                SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT));
        signIn(newcomer, Roles.PARTICIPANT);
        navigate(AskForVolunteerView.class);

        // no programme chosen: the service refuses with a RuleViolation
        test($(Button.class).id("ask-send")).click();

        Notification refusal = $(Notification.class).single();
        assertThat(test(refusal).getText()).isEqualTo(UI.getCurrent().getTranslation("volunteering.rule.programme-needed"))
                .doesNotMatch(ViewTexts.RAW_KEY);
        assertThat($(Button.class).id("ask-send").isVisible()).isTrue();
    }

    @Test
    void afterChoosingArabicThePageSpeaksArabicAndThePickerOffersEachLanguageInItsOwnDirection() {
        navigate(StartView.class);
        // the top bar's language button (drawn by the browser) sends this event when pressed
        Element bar = $(TopBar.class).single().getElement();
        bar.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(bar, LanguagePicker.OPEN_EVENT,
                JacksonUtils.createObjectNode()));
        Anchor arabic = $(Anchor.class).id("language-" + SupportedLanguage.ARABIC.tag());
        assertThat(arabic.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(arabic.getElement().getAttribute("router-ignore")).as("a full page load, so direction and fonts change too")
                .isNotNull();
        assertThat($(Anchor.class).id("language-" + SupportedLanguage.SWEDISH.tag()).getElement().getAttribute("dir")).isEqualTo("ltr");

        // the switch remembers the choice in a cookie and loads the page again
        reloadIn(SupportedLanguage.ARABIC);
        Element picker = $(TopBar.class).single().getElement();
        assertThat(picker.getAttribute("language")).isEqualTo(SupportedLanguage.ARABIC.nativeName());
        assertThat(picker.getAttribute("language-tag")).isEqualTo("ar");
        assertThat(picker.getAttribute("language-label")).isEqualTo(UI.getCurrent().getTranslation("i18n.picker.open"));
        navigate(ActivityListView.class);

        String heading = $(H1.class).single().getText();
        assertThat(heading).isEqualTo(UI.getCurrent().getTranslation("activity.list.title"))
                .matches(text -> ViewTexts.writtenIn(Character.UnicodeScript.ARABIC, text), "written in Arabic script");
        assertThat(ViewTexts.rawKeys(UI.getCurrent())).isEmpty();
    }
}
