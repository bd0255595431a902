package se.motesplats;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The app shell: one Spring Boot application, modular by business capability (see DESIGN.md).
 * The PWA's own service worker ({@code frontend/sw.ts}) caches only the offline page and icons,
 * so a newcomer's first visit does not pre-download every bundle. All component code loads with the
 * first page: Vaadin's check for a stale production bundle does not notice a new route whose
 * components already sit in another route's lazy chunk, and such a page then renders without its
 * fields (see docs/adr/0002).
 */
@SpringBootApplication
@LoadDependenciesOnStartup
@Modulithic(sharedModules = {"shared", "i18n"})
@PWA(name = "Mötesplats", shortName = "Mötesplats", iconPath = "icons/icon-512.png", themeColor = "#0b5e55",
        backgroundColor = "#ffffff", offlinePath = "offline.html", offlineResources = {"icons/icon-192.png", "styles/offline.css"})
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "theme-color", content = "#0b5e55")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/motesplats.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
