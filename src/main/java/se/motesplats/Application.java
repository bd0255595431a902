package se.motesplats;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import se.motesplats.shared.ui.Chart;
import se.motesplats.shared.ui.PlaceMap;

/**
 * The app shell: one Spring Boot application, modular by business capability (see DESIGN.md).
 * The PWA's own service worker ({@code frontend/sw.ts}) caches only the offline page and icons,
 * so a newcomer's first visit does not pre-download every bundle. The components the views use are
 * declared here ({@code @Uses}) so their code loads with the first page: Vaadin's check for a stale
 * production bundle does not notice a new route whose components sit only in another route's lazy
 * chunk, and such a page renders without its fields in production (see docs/adr/0002). A view that
 * uses a component not listed here changes the bundle's modules, which Vaadin does notice.
 */
@SpringBootApplication
// every component the views use is loaded with the first page (see the class comment)
@Uses(AppLayout.class) @Uses(SideNav.class) @Uses(Button.class) @Uses(Icon.class) @Uses(Dialog.class)
@Uses(Notification.class) @Uses(Details.class) @Uses(Grid.class) @Uses(TextField.class) @Uses(TextArea.class)
@Uses(EmailField.class) @Uses(IntegerField.class) @Uses(Select.class) @Uses(ComboBox.class)
@Uses(MultiSelectComboBox.class) @Uses(Checkbox.class) @Uses(CheckboxGroup.class) @Uses(DatePicker.class)
@Uses(TimePicker.class) @Uses(FormLayout.class) @Uses(RadioButtonGroup.class) @Uses(PlaceMap.class) @Uses(Chart.class)
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
