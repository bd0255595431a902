package se.motesplats.area.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.motesplats.area.AreaService;
import se.motesplats.area.Municipality;
import se.motesplats.security.AccountService;
import se.motesplats.security.AccountSummary;
import se.motesplats.security.Roles;

/** Administrators set which municipalities each coordinator and case officer works in. */
@Route("admin/areas")
@Menu(order = 91, title = "area.scopes.menu", icon = "vaadin:map-marker")
@RolesAllowed(Roles.ADMINISTRATOR)
public class AreaScopesView extends Main implements HasDynamicTitle {

    public AreaScopesView(AreaService areas, AccountService accounts) {
        addClassName("area-scopes-view");
        add(new H1(getTranslation("area.scopes.title")), new Paragraph(getTranslation("area.scopes.intro")));
        List<Municipality> municipalities = areas.municipalities();
        List<AccountSummary> scoped = accounts.listAccounts().stream()
                .filter(account -> account.roles().contains(Roles.COORDINATOR) || account.roles().contains(Roles.CASE_OFFICER))
                .toList();
        if (scoped.isEmpty()) {
            add(new Paragraph(getTranslation("area.scopes.none")));
        }
        for (AccountSummary person : scoped) {
            Div card = new Div();
            card.addClassName("scope-card");
            card.add(new H2(person.firstName()));
            MultiSelectComboBox<Municipality> picker = new MultiSelectComboBox<>(getTranslation("area.scopes.municipalities"));
            picker.setId("scope-" + person.id());
            picker.setItems(municipalities);
            picker.setItemLabelGenerator(municipality -> municipality.name() + " (" + municipality.countyName() + ")");
            Set<String> current = areas.scopeOf(person.id());
            picker.setValue(municipalities.stream().filter(m -> current.contains(m.code())).collect(Collectors.toSet()));
            picker.setWidthFull();
            Button save = new Button(getTranslation("area.scopes.save"), click -> {
                areas.setScope(person.id(), picker.getValue().stream().map(Municipality::code).toList());
                Notification.show(getTranslation("area.scopes.saved", Map.of("name", person.firstName())));
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("scope-save-" + person.id());
            card.add(picker, save);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("area.scopes.title");
    }
}
