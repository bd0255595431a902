package se.motesplats.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.OpenSession;
import se.motesplats.security.SignedInSessions;
import se.motesplats.shared.Zones;

/**
 * The browsers where the person is signed in right now, this one marked, each with "Sign out there";
 * and signing out everywhere at once, remembered devices included.
 */
class OpenSessionsList extends Div {

    private final transient SignedInSessions sessions;
    private final transient AuthenticationContext authentication;
    private final Div list = new Div();

    OpenSessionsList(SignedInSessions sessions, AuthenticationContext authentication) {
        this.sessions = sessions;
        this.authentication = authentication;
        setId("open-sessions");
        list.setId("open-sessions-list");
        Button everywhere = new Button(getTranslation("security.sessions.sign-out-everywhere"), click -> {
            sessions.signOutEverywhere();
            authentication.logout();
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.ERROR);
        add(new H2(getTranslation("security.sessions.title")), list,
                new Paragraph(getTranslation("security.sessions.everywhere-help")), everywhere);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        for (OpenSession session : sessions.mine()) {
            Div row = new Div();
            row.addClassName("device-row");
            String device = session.device().isBlank() ? getTranslation("security.devices.unknown") : session.device();
            row.add(new H3(session.current() ? getTranslation("security.sessions.this-device", Map.of("device", device)) : device));
            row.add(new Paragraph(getTranslation("security.sessions.signed-in",
                    Map.of("since", Formats.meeting(session.createdAt(), language, Zones.STOCKHOLM),
                            "seen", Formats.meeting(session.lastSeen(), language, Zones.STOCKHOLM)))));
            Button signOut = new Button(getTranslation("security.sessions.sign-out-there"), click -> {
                sessions.signOutThere(session.id());
                if (session.current()) {
                    authentication.logout();
                } else {
                    refresh();
                }
            });
            signOut.addClassName("sign-out-session");
            signOut.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            row.add(signOut);
            list.add(row);
        }
    }
}
