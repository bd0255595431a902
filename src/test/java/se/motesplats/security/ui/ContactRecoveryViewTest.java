package se.motesplats.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.AccountSummary;
import se.motesplats.security.Roles;
import se.motesplats.testing.BrowserlessTestBase;
import se.motesplats.testing.ViewTexts;

/** An administrator on "People and roles" replaces a person's lost contact details, and cannot replace their own. */
class ContactRecoveryViewTest extends BrowserlessTestBase {

    @Autowired AccountService accounts;

    private static String address(String name) {
        return name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test";
    }

    @SuppressWarnings("unchecked")
    private void openEditorOf(long accountId) {
        Grid<AccountSummary> grid = $(Grid.class).id("accounts-grid");
        int row = IntStream.range(0, test(grid).size()).filter(index -> test(grid).getRow(index).id() == accountId).findFirst()
                .orElseThrow(() -> new AssertionError("no row for account " + accountId));
        test((Button) test(grid).getCellComponent(row, 3)).click();
    }

    private void replaceWith(String typed) {
        test($(TextField.class).id("recovery-contact")).setValue(typed);
        test($(Button.class).id("recovery-replace")).click();
        // a dialog's footer is not among the components a query walks through
        Dialog confirm = $(Dialog.class).last();
        Button yes = confirm.getFooter().getElement().getChildren().flatMap(element -> element.getComponent().stream())
                .filter(component -> component.getId().filter("recovery-confirm"::equals).isPresent()).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no confirm button"));
        test(yes).click();
    }

    @Test
    void theNewAddressReplacesTheLostOnesAfterConfirming() {
        long nour = accounts.ensureAccount(address("Nour"), "Nour", SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT));
        long admin = accounts.ensureAccount(address("Admin"), "Alva", SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR));
        signIn(admin, Roles.ADMINISTRATOR);
        navigate(AccountsView.class);
        openEditorOf(nour);
        String found = address("Nour-found");

        replaceWith(found);

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(UI.getCurrent().getTranslation("security.recovery.done", Map.of("name", "Nour")))
                .doesNotMatch(ViewTexts.RAW_KEY);
        assertThat(accounts.contactOf(nour).orElseThrow().email()).isEqualTo(found);
    }

    @Test
    void anAdministratorCannotReplaceTheirOwnAndIsToldWhy() {
        String own = address("Admin");
        long admin = accounts.ensureAccount(own, "Alva", SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR));
        signIn(admin, Roles.ADMINISTRATOR);
        navigate(AccountsView.class);
        openEditorOf(admin);

        replaceWith(address("Attacker"));

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(UI.getCurrent().getTranslation("security.recovery.own"));
        assertThat(accounts.contactOf(admin).orElseThrow().email()).isEqualTo(own);
    }
}
