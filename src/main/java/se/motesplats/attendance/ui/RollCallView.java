package se.motesplats.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.motesplats.security.Roles;

/**
 * The host of the roll call, which is client-side code ({@code frontend/roll-call/}) because it
 * must keep working with no network: it talks to the attendance JSON API, keeps taps in an
 * IndexedDB outbox and, with the service worker, opens again offline at the same address.
 */
@Route(RollCallView.PATH + "/:meeting")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class RollCallView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "roll-call";

    public RollCallView() {
        addClassNames("narrow-view", "roll-call-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RollCallElement element = new RollCallElement();
        element.getElement().setAttribute("meeting", String.valueOf(event.getRouteParameters().getLong("meeting").orElse(-1L)));
        element.getElement().setAttribute("unavailable-text", getTranslation("attendance.roll-call.not-stored"));
        element.getElement().setAttribute("sign-in-text", getTranslation("attendance.roll-call.sign-in-again"));
        add(element);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.roll-call.title");
    }

    /** {@code <motesplats-roll-call meeting="…">}: loads the roll call's own chunk and shows one meeting. */
    @Tag("motesplats-roll-call")
    @JsModule("./roll-call/loader.ts")
    @NpmPackage(value = "intl-messageformat", version = "12.1.5")
    static class RollCallElement extends Component {
    }

    /** {@code <motesplats-roll-call-preload>}: has the service worker store today's roll calls for offline use. */
    @Tag("motesplats-roll-call-preload")
    @JsModule("./roll-call/loader.ts")
    static class Preloader extends Component {
    }
}
