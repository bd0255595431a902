package se.motesplats.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.motesplats.security.AccountService;
import se.motesplats.security.AccountSummary;
import se.motesplats.security.ContactRecovery;
import se.motesplats.security.Roles;
import se.motesplats.security.SecondFactor;
import se.motesplats.shared.ui.RuleMessages;

/** Administrators give people their roles. */
@Route("admin/people")
@Menu(order = 90, title = "security.accounts.menu", icon = "vaadin:users")
@RolesAllowed(Roles.ADMINISTRATOR)
public class AccountsView extends Main implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final transient SecondFactor secondFactor;
    private final transient ContactRecovery recovery;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public AccountsView(AccountService accounts, SecondFactor secondFactor, ContactRecovery recovery) {
        this.accounts = accounts;
        this.recovery = recovery;
        this.secondFactor = secondFactor;
        addClassName("accounts-view");
        add(new H1(getTranslation("security.accounts.title")), count);
        grid.setId("accounts-grid");
        grid.addColumn(AccountSummary::firstName).setHeader(getTranslation("security.accounts.name")).setAutoWidth(true);
        grid.addColumn(AccountSummary::contact).setHeader(getTranslation("security.accounts.contact")).setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream().map(this::roleName).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.accounts.roles"));
        grid.addComponentColumn(account -> {
            Button edit = new Button(getTranslation("security.accounts.edit"), click -> edit(account));
            edit.addClassName("edit-roles");
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            return edit;
        });
        add(grid);
        refresh();
    }

    private void refresh() {
        var all = accounts.listAccounts();
        grid.setItems(all);
        count.setText(getTranslation("security.accounts.count", Map.of("count", all.size())));
    }

    String roleName(String role) {
        return getTranslation("security.role." + role.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private void edit(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account.firstName());
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("security.accounts.roles"));
        roles.setId("roles-editor");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(this::roleName);
        roles.setValue(account.roles());
        dialog.add(roles);
        if (secondFactor.enrolled(account.id())) {
            Button reset = new Button(getTranslation("security.second-factor.reset"), click -> confirmReset(account, dialog));
            reset.setId("second-factor-reset");
            reset.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            dialog.add(new Paragraph(getTranslation("security.second-factor.reset-help")), reset);
        }
        dialog.add(recovery(account, dialog));
        Button save = new Button(getTranslation("security.accounts.save"), click -> {
            accounts.setRoles(account.id(), roles.getValue());
            dialog.close();
            refresh();
            Notification.show(getTranslation("security.accounts.saved", Map.of("name", account.firstName())));
        });
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("security.accounts.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** A person lost their phone: after confirming, their second factor goes and they set up a new one. */
    private void confirmReset(AccountSummary account, Dialog editing) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("security.second-factor.reset-confirm", Map.of("name", account.firstName())));
        Button yes = new Button(getTranslation("security.second-factor.reset"), click -> {
            if (RuleMessages.attempt(() -> secondFactor.reset(account.id()))) {
                Notification.show(getTranslation("security.second-factor.reset-done", Map.of("name", account.firstName())));
            }
            confirm.close();
            editing.close();
        });
        yes.setId("second-factor-reset-confirm");
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("security.accounts.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    /** A person lost both their address and their number: after meeting them, a new one replaces both. */
    private Div recovery(AccountSummary account, Dialog editing) {
        TextField contact = new TextField(getTranslation("security.recovery.new-contact"));
        contact.setId("recovery-contact");
        contact.setWidthFull();
        Button replace = new Button(getTranslation("security.recovery.replace"), click -> {
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle(getTranslation("security.recovery.confirm", Map.of("name", account.firstName())));
            confirm.add(new Paragraph(getTranslation("security.recovery.confirm-text")));
            Button yes = new Button(getTranslation("security.recovery.replace"), yesClick -> {
                if (RuleMessages.attempt(() -> recovery.replaceLostContact(account.id(), contact.getValue()))) {
                    Notification.show(getTranslation("security.recovery.done", Map.of("name", account.firstName())));
                    editing.close();
                    refresh();
                }
                confirm.close();
            });
            yes.setId("recovery-confirm");
            yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
            confirm.getFooter().add(new Button(getTranslation("security.accounts.cancel"), cancel -> confirm.close()), yes);
            confirm.open();
        });
        replace.setId("recovery-replace");
        replace.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return new Div(new H3(getTranslation("security.recovery.heading")), new Paragraph(getTranslation("security.recovery.help")),
                contact, replace);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.accounts.title");
    }
}
