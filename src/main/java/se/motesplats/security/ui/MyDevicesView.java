package se.motesplats.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.RememberedDevice;
import se.motesplats.security.SignedInSessions;
import se.motesplats.security.StayingSignedIn;
import se.motesplats.shared.Zones;

/** The phones and computers where the person stays signed in; a lost phone is signed out from here. */
@Route(MyDevicesView.PATH)
@Menu(order = 90, title = "security.devices.menu", icon = "vaadin:mobile")
@PermitAll
public class MyDevicesView extends Main implements HasDynamicTitle {

    public static final String PATH = "my-devices";

    private final transient StayingSignedIn stayingSignedIn;
    private final Div list = new Div();

    public MyDevicesView(StayingSignedIn stayingSignedIn, SignedInSessions sessions, AuthenticationContext authentication) {
        this.stayingSignedIn = stayingSignedIn;
        addClassNames("narrow-view", "my-devices-view");
        add(new H1(getTranslation("security.devices.title")), new Paragraph(getTranslation("security.devices.intro")));
        list.setId("my-devices");
        add(list);
        refresh();
        add(new OpenSessionsList(sessions, authentication));
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
            row.add(new Paragraph(getTranslation("security.devices.last-used",
                    Map.of("when", Formats.meeting(device.lastUsed(), language, Zones.STOCKHOLM)))));
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

    @Override
    public String getPageTitle() {
        return getTranslation("security.devices.title");
    }
}
