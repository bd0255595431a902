package se.motesplats.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import se.motesplats.security.AccountService;
import se.motesplats.shared.ui.RuleMessages;

/** "Type the code we sent to your new number": the new number counts only after this. */
class PhoneConfirmation extends Dialog {

    PhoneConfirmation(AccountService accounts, Runnable confirmed) {
        setHeaderTitle(getTranslation("people.profile.phone-confirm.title"));
        Paragraph message = new Paragraph(getTranslation("people.profile.phone-confirm.text"));
        message.getElement().setAttribute("role", "status");
        TextField code = new TextField(getTranslation("security.sign-in.code"));
        code.setId("phone-confirm-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button(getTranslation("security.sign-in.verify"), click -> RuleMessages.attempt(() -> {
            if (accounts.confirmPhone(code.getValue())) {
                confirmed.run();
                close();
                Notification.show(getTranslation("people.profile.saved"), 3000, Notification.Position.MIDDLE);
            } else {
                code.clear();
                message.setText(getTranslation("security.sign-in.code-wrong"));
            }
        }));
        confirm.setId("phone-confirm-button");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("people.profile.phone-confirm.cancel"), click -> close());
        add(message, code);
        getFooter().add(cancel, confirm);
    }
}
