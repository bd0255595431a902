package se.motesplats;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import se.motesplats.shared.ui.Pictogram;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The app shell: one Spring Boot application, modular by business capability (see DESIGN.md).
 * The PWA's own service worker ({@code frontend/sw.ts}) caches only the offline page and icons,
 * so a newcomer's first visit does not pre-download every bundle. The components of the public pages
 * (the layout, the start page, the activity listing, the language picker) are declared here
 * ({@code @Uses}) so that their code loads with the first page (pictograms: {@code Pictogram}, the app's
 * subset of Vaadin's icon set, not {@code Icon}, which loads all ≈ 600 icons); the components only staff pages use
 * (grids, date and time pickers, form layouts, charts, maps, …) load with the route that needs them, in
 * Vaadin's lazy chunk of that route. Vaadin's check for a stale production bundle does not notice a new
 * route using known components (the set of all modules stays the same): that page would render without its
 * fields in production. {@code ProductionBundleChunksTest} fails then, until the bundle is rebuilt; it does not
 * notice a route that starts using a component only another route's chunk has, so rebuild the bundle then
 * too (see docs/adr/0002, point 4).
 */
@SpringBootApplication
// the components of the public pages load with the first page (see the class comment)
@Uses(AppLayout.class) @Uses(SideNav.class) @Uses(Button.class) @Uses(Pictogram.class) @Uses(Dialog.class)
@Uses(Notification.class) @Uses(Details.class) @Uses(TextField.class) @Uses(Select.class) @Uses(ComboBox.class)
@Uses(Checkbox.class)
@Modulithic(sharedModules = {"shared", "i18n"})
@PWA(name = "Mötesplats", shortName = "Mötesplats", iconPath = "icons/icon-512.png", themeColor = "#0b5e55",
        backgroundColor = "#ffffff", offlinePath = "offline.html", offlineResources = {"styles/offline.css"})
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/motesplats.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
