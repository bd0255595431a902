package se.motesplats.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/**
 * The frame around every view. Phones get a bottom bar of large pictogram links; wide screens a
 * side navigation. Entries come from the views' {@code @Menu} annotations and are already filtered
 * by what the signed-in person may open, so menus follow roles and never lead to a dead end.
 * The bottom bar and the top bar (brand, language button, sign-in link) are drawn by the browser from
 * translated texts ({@link BottomBar}, {@link TopBar}): one state node each, for the session's memory.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Entries the bottom bar shows before the rest move behind "More". */
    static final int BOTTOM_BAR_SLOTS = 4;

    private final transient AuthenticationContext authentication;
    private final BottomBar bottomBar = new BottomBar();
    private final SideNav sideNav = new SideNav();

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.addClassName("drawer-toggle");
        toggle.setAriaLabel(getTranslation("shared.layout.menu"));
        // brand, language button and sign-in link are drawn by the browser from texts (TopBar): one state node
        boolean signedIn = authentication.isAuthenticated();
        addToNavbar(toggle, new TopBar(!signedIn));
        if (signedIn) {
            addToNavbar(signOutButton());
        }

        sideNav.setId("side-nav");
        sideNav.addClassName("side-nav");
        addToDrawer(sideNav);
        // The side navigation is filled only where it shows: on a wide screen, whose drawer reports itself open beside
        // the page as the layout starts, and on a phone when "More" or the menu button opens it. A phone's closed drawer
        // held a quarter of the session's memory (docs/performance.md). Decided once the round trip's changes are all
        // in: a phone's drawer reports open, then closed, as it starts.
        getElement().addPropertyChangeListener("drawerOpened", "drawer-opened-changed", opened -> getUI().ifPresent(ui ->
                ui.beforeClientResponse(this, context -> {
                    if (isDrawerOpened()) {
                        fillSideNav(MenuConfiguration.getMenuEntries());
                    }
                })));

        addToNavbar(true, bottomBar);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        sideNav.removeAll();
        // attached again after the browser said its drawer is open (isDrawerOpened() is true before it has said anything)
        if (getElement().hasProperty("drawerOpened") && isDrawerOpened()) {
            fillSideNav(entries);
        }
        // "More" opens the drawer in the browser; the listener above fills the side navigation as it opens
        bottomBar.show(entries, BOTTOM_BAR_SLOTS);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bottomBar.current(event.getLocation().getPath());
    }

    private void fillSideNav(List<MenuEntry> entries) {
        if (sideNav.getItems().isEmpty()) {
            entries.forEach(entry -> sideNav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), pictogram(entry))));
        }
    }

    static Pictogram pictogram(MenuEntry entry) {
        return pictogramNamed(pictogramName(entry));
    }

    /** The entry's icon, or a plain circle for an entry that names none. */
    static String pictogramName(MenuEntry entry) {
        return entry.icon() == null ? "vaadin:circle" : entry.icon();
    }

    /** A decorative pictogram (hidden from screen readers: the text beside it says the same). */
    public static Pictogram pictogramNamed(String icon) {
        return Pictogram.decorative(icon);
    }

    /**
     * Signing out forgets the roll calls a leader's phone keeps for offline use (first names) and
     * their cached pages, but never check-ins not sent yet: then it says how many and stays signed in.
     */
    private void signOut() {
        getElement().executeJs(FORGET_ROLL_CALLS).then(Integer.class, unsent -> {
            if (unsent != null && unsent > 0) {
                Notification warning = Notification.show(getTranslation("shared.layout.sign-out-unsent", java.util.Map.of("count", unsent)),
                        10000, Notification.Position.MIDDLE);
                warning.addThemeVariants(NotificationVariant.WARNING);
            } else {
                authentication.logout();
            }
        }, failure -> authentication.logout());
    }

    /** Resolves to the number of check-ins still waiting to be sent; deletes the rest when there are none. */
    private static final String FORGET_ROLL_CALLS = """
            const name = 'motesplats-roll-call';
            return (async () => {
              if (!window.indexedDB) return 0;
              if (indexedDB.databases && !(await indexedDB.databases()).some(db => db.name === name)) return 0;
              const db = await new Promise((ok, fail) => {
                const request = indexedDB.open(name);
                request.onsuccess = () => ok(request.result);
                request.onerror = () => fail(request.error);
              });
              let unsent = 0;
              if (db.objectStoreNames.contains('outbox')) {
                unsent = await new Promise((ok, fail) => {
                  const request = db.transaction('outbox').objectStore('outbox').count();
                  request.onsuccess = () => ok(request.result);
                  request.onerror = () => fail(request.error);
                });
              }
              db.close();
              if (unsent > 0) return unsent;
              await new Promise(done => {
                const request = indexedDB.deleteDatabase(name);
                request.onsuccess = request.onerror = request.onblocked = () => done();
              });
              if (window.caches) await caches.delete(name);
              return 0;
            })();""";

    private Component signOutButton() {
        Button signOut = new Button(getTranslation("shared.layout.sign-out"), new Pictogram("vaadin:sign-out"), click -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        return signOut;
    }
}
