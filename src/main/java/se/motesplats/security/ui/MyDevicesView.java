package se.motesplats.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Passkey;
import se.motesplats.security.Passkeys;
import se.motesplats.security.RememberedDevice;
import se.motesplats.security.SignedInSessions;
import se.motesplats.security.StayingSignedIn;
import se.motesplats.shared.Zones;

/**
 * The phones and computers where the person stays signed in (a lost phone is signed out from here), and
 * their passkeys: added here, named, listed and removed.
 */
@Route(MyDevicesView.PATH)
@Menu(order = 90, title = "security.devices.menu", icon = "vaadin:mobile")
@PermitAll
public class MyDevicesView extends Main implements HasDynamicTitle {

    public static final String PATH = "my-devices";

    private final transient StayingSignedIn stayingSignedIn;
    private final transient Passkeys passkeys;
    private final Div list = new Div();
    private final Div passkeyList = new Div();
    private final Paragraph passkeyMessage = new Paragraph();

    public MyDevicesView(StayingSignedIn stayingSignedIn, SignedInSessions sessions, AuthenticationContext authentication, Passkeys passkeys) {
        this.stayingSignedIn = stayingSignedIn;
        this.passkeys = passkeys;
        addClassNames("narrow-view", "my-devices-view");
        add(new H1(getTranslation("security.devices.title")), new Paragraph(getTranslation("security.devices.intro")));
        list.setId("my-devices");
        add(list);
        refresh();
        add(new OpenSessionsList(sessions, authentication));
        add(new H2(getTranslation("security.passkey.title")), new Paragraph(getTranslation("security.passkey.intro")));
        passkeyList.setId("my-passkeys");
        passkeyMessage.setId("passkey-message");
        passkeyMessage.getElement().setAttribute("role", "status");
        add(passkeyList);
        if (passkeys.mayAdd()) {
            add(addPasskey());
        } else {
            add(new Paragraph(getTranslation("security.passkey.confirm-first")));
        }
        add(passkeyMessage);
        refreshPasskeys();
    }

    private PasskeyCeremony addPasskey() {
        passkeys.prepareToAdd();
        TextField label = new TextField(getTranslation("security.passkey.name"));
        label.setId("passkey-label");
        label.setMaxLength(60);
        label.setHelperText(getTranslation("security.passkey.name-help"));
        label.setValue(Passkeys.suggestedLabel(VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getHeader("User-Agent")));
        Button add = new Button(getTranslation("security.passkey.add"));
        add.setId("passkey-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        PasskeyCeremony ceremony = new PasskeyCeremony(PasskeyCeremony.Kind.REGISTER, label, add);
        ceremony.addClassName("form-step");
        ceremony.whenDone(done -> {
            passkeyMessage.setText(getTranslation("security.passkey.added"));
            refreshPasskeys();
        });
        ceremony.whenFailed(failed -> passkeyMessage.setText(getTranslation(failed.messageKey())));
        return ceremony;
    }

    private void refresh() {
        list.removeAll();
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        var devices = stayingSignedIn.myDevices();
        if (devices.isEmpty()) {
            list.add(new Paragraph(getTranslation("security.devices.none")));
        }
        for (RememberedDevice device : devices) {
            Div row = new Div();
            row.addClassName("device-row");
            row.add(new H2(device.device().isBlank() ? getTranslation("security.devices.unknown") : device.device()));
            row.add(new Paragraph(getTranslation("security.devices.last-used", Map.of("when", when(device.lastUsed(), language)))));
            Button forget = new Button(getTranslation("security.devices.sign-out"), click -> {
                stayingSignedIn.forget(device.id());
                refresh();
            });
            forget.addClassName("forget-device");
            forget.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            row.add(forget);
            list.add(row);
        }
    }

    private void refreshPasskeys() {
        passkeyList.removeAll();
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        var mine = passkeys.mine();
        if (mine.isEmpty()) {
            passkeyList.add(new Paragraph(getTranslation("security.passkey.none")));
        }
        for (Passkey passkey : mine) {
            Div row = new Div();
            row.addClassNames("device-row", "passkey-row");
            row.add(new H3(passkey.label()));
            if (passkey.created() != null) {
                row.add(new Paragraph(getTranslation("security.passkey.added-on", Map.of("when", when(passkey.created(), language)))));
            }
            if (passkey.lastUsed() != null) {
                row.add(new Paragraph(getTranslation("security.devices.last-used", Map.of("when", when(passkey.lastUsed(), language)))));
            }
            Button remove = new Button(getTranslation("security.passkey.remove"), click -> {
                passkeys.remove(passkey.id());
                passkeyMessage.setText(getTranslation("security.passkey.removed"));
                refreshPasskeys();
            });
            remove.addClassName("remove-passkey");
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            row.add(remove);
            passkeyList.add(row);
        }
    }

    private static String when(Instant at, SupportedLanguage language) {
        return Formats.meeting(at, language, Zones.STOCKHOLM);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.devices.title");
    }
}
