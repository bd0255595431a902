package se.motesplats.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;
import se.motesplats.notification.PushService;
import se.motesplats.notification.PushSubscriptions;
import se.motesplats.notification.SmsService;
import se.motesplats.notification.ui.PushSetting;
import se.motesplats.people.Profile;
import se.motesplats.people.ProfileService;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.privacy.ui.PrivacyNoticeView;
import se.motesplats.security.AccountService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.MyContact;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.ui.RuleMessages;

/**
 * The person's own page: the name leaders see, a phone number for text messages and how they want
 * reminders (turning notifications on in this browser makes them the channel), the optional profile,
 * and the consents they can change at any time.
 */
@Route(ProfileView.PATH)
@Menu(order = 80, title = "people.profile.menu", icon = "vaadin:user")
@PermitAll
public class ProfileView extends Main implements HasDynamicTitle {

    public static final String PATH = "my-profile";
    private static final List<ConsentPurpose> OPTIONAL_CONSENTS =
            List.of(ConsentPurpose.BEING_CONTACTED, ConsentPurpose.SHARING_WITH_CASE_OFFICER);

    public ProfileView(AccountService accounts, ProfileService profiles, ConsentService consents, AreaService areas,
            SmsService sms, PushService push, PushSubscriptions pushDevices) {
        addClassNames("narrow-view", "profile-view");
        MyContact contact = accounts.myContact();
        long me = CurrentPerson.required().accountId();
        Profile profile = profiles.mine();
        add(new H1(getTranslation("people.profile.title")));
        if (contact.email() != null) {
            add(new Paragraph(getTranslation("people.profile.email", java.util.Map.of("email", contact.email()))));
        }

        TextField firstName = new TextField(getTranslation("people.join.first-name"), contact.firstName(), "");
        firstName.setId("profile-first-name");
        firstName.setHelperText(getTranslation("people.join.first-name-help"));
        firstName.setAutocomplete(Autocomplete.GIVEN_NAME);
        firstName.setMaxLength(100);
        firstName.setWidthFull();
        TextField phone = new TextField(getTranslation("people.profile.phone"), contact.phone() == null ? "" : contact.phone(), "");
        phone.setId("profile-phone");
        phone.setHelperText(getTranslation("people.profile.phone-help"));
        phone.setAutocomplete(Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setWidthFull();
        Select<MessageChannel> channel = new Select<>();
        channel.setId("profile-channel");
        channel.setLabel(getTranslation("people.profile.channel"));
        channel.setItems(Arrays.stream(MessageChannel.values())
                .filter(option -> option == MessageChannel.EMAIL || option == MessageChannel.SMS && sms.available()
                        || option == MessageChannel.PUSH && push.available())
                .toList());
        channel.setItemLabelGenerator(option -> getTranslation("people.profile.channel." + option.name().toLowerCase()));
        channel.setValue(contact.notifyBy());
        if (contact.smsStopped()) {
            channel.setHelperText(getTranslation("people.profile.sms-stopped"));
        }

        add(new H2(getTranslation("people.profile.about-you")), new Paragraph(getTranslation("people.profile.optional")));
        MultiSelectComboBox<SupportedLanguage> languages = new MultiSelectComboBox<>(getTranslation("people.profile.languages"));
        languages.setId("profile-languages");
        languages.setItems(SupportedLanguage.values());
        languages.setItemLabelGenerator(SupportedLanguage::nativeName);
        languages.setValue(profile.languages());
        languages.setWidthFull();
        Select<SwedishLevel> level = new Select<>();
        level.setId("profile-swedish-level");
        level.setLabel(getTranslation("people.profile.swedish-level"));
        level.setItems(SwedishLevel.values());
        level.setItemLabelGenerator(option -> option == null ? "" : getTranslation(option.translationKey()));
        level.setEmptySelectionAllowed(true);
        level.setValue(profile.swedishLevel());
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("people.profile.municipality"));
        municipality.setId("profile-municipality");
        municipality.setItems(areas.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setWidthFull();
        if (profile.municipalityCode() != null) {
            areas.municipality(profile.municipalityCode()).ifPresent(municipality::setValue);
        }
        CheckboxGroup<ActivityCategory> interests = new CheckboxGroup<>(getTranslation("people.profile.interests"));
        interests.setId("profile-interests");
        interests.setItems(ActivityCategory.values());
        interests.setItemLabelGenerator(category -> getTranslation(category.translationKey()));
        interests.setValue(profile.interests());

        Button save = new Button(getTranslation("people.profile.save"), click -> {
            MessageChannel chosen = channel.getValue() == null ? MessageChannel.EMAIL : channel.getValue();
            AtomicReference<AccountService.PhoneChange> change = new AtomicReference<>();
            boolean saved = RuleMessages.attempt(() -> {
                if (chosen == MessageChannel.PUSH && pushDevices.devicesOf(me).isEmpty()) {
                    throw new RuleViolation("notification.push.no-device");
                }
                accounts.rename(firstName.getValue());
                profiles.save(new Profile(languages.getValue(), level.getValue(),
                        municipality.getValue() == null ? null : municipality.getValue().code(), interests.getValue()));
                change.set(accounts.changePhone(phone.getValue()));
                if (change.get() != AccountService.PhoneChange.CODE_SENT) {
                    accounts.notifyBy(chosen);
                }
            });
            if (saved && change.get() == AccountService.PhoneChange.CODE_SENT) {
                new PhoneConfirmation(accounts, () -> RuleMessages.attempt(() -> accounts.notifyBy(chosen))).open();
            } else if (saved) {
                Notification.show(getTranslation("people.profile.saved"), 3000, Notification.Position.MIDDLE);
            }
        });
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        Div consentBoxes = new Div();
        consentBoxes.setId("profile-consents");
        Set<ConsentPurpose> given = consents.of(me);
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        // matching is asked for where people volunteer or ask for one; here it can only be withdrawn
        List<ConsentPurpose> shown = given.contains(ConsentPurpose.MATCHING)
                ? java.util.stream.Stream.concat(OPTIONAL_CONSENTS.stream(), java.util.stream.Stream.of(ConsentPurpose.MATCHING)).toList()
                : OPTIONAL_CONSENTS;
        for (ConsentPurpose purpose : shown) {
            Checkbox box = new Checkbox(getTranslation(purpose.translationKey()), given.contains(purpose));
            box.addClassName("consent-" + purpose.name().toLowerCase());
            box.addValueChangeListener(change -> {
                if (change.getValue()) {
                    consents.give(Set.of(purpose), language);
                } else {
                    consents.withdraw(purpose);
                }
            });
            consentBoxes.add(box);
        }
        add(firstName, phone, channel);
        if (push.available()) {
            add(new PushSetting(push, pushDevices, me, anyDevice -> {
                // turning notifications on is choosing them; with the last device off, back to e-mail or SMS
                if (anyDevice || channel.getValue() == MessageChannel.PUSH) {
                    MessageChannel now = anyDevice ? MessageChannel.PUSH : contact.email() != null ? MessageChannel.EMAIL : MessageChannel.SMS;
                    if (RuleMessages.attempt(() -> accounts.notifyBy(now))) {
                        channel.setValue(now);
                    }
                }
            }));
        }
        add(languages, level, municipality, interests, save,
                new H2(getTranslation("people.profile.consents")), consentBoxes,
                new Paragraph(new Anchor(PrivacyNoticeView.PATH, getTranslation("people.join.read-notice"))),
                new Paragraph(new Anchor("my-devices", getTranslation("security.devices.title"))),
                new Paragraph(new Anchor("my-data", getTranslation("privacy.my-data.title"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.profile.title");
    }
}
