package se.motesplats.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.motesplats.notification.EmailService;
import se.motesplats.security.AccountService;

/**
 * The unsubscribe link of a notice opens this page; one tap stops notices by e-mail. Opening the
 * page alone changes nothing, because mail scanners open links too.
 */
@Route(EmailService.UNSUBSCRIBE_PAGE + "/:token")
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccountService accounts;

    public UnsubscribeView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("narrow-view", "unsubscribe-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Paragraph result = new Paragraph(getTranslation("security.unsubscribe.text"));
        result.setId("unsubscribe-result");
        result.getElement().setAttribute("role", "status");
        Button stop = new Button(getTranslation("security.unsubscribe.confirm"));
        stop.setId("unsubscribe-confirm");
        stop.addThemeVariants(ButtonVariant.PRIMARY);
        stop.addClickListener(click -> {
            result.setText(getTranslation(accounts.unsubscribe(token) ? "security.unsubscribe.done" : "security.unsubscribe.invalid"));
            stop.setVisible(false);
        });
        add(new H1(getTranslation("security.unsubscribe.title")), result, stop);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.unsubscribe.title");
    }
}
