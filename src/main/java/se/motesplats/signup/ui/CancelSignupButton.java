package se.motesplats.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.signup.SignupService;

/** Cancel in two taps: this button, then "yes" in the dialog it opens. */
class CancelSignupButton extends Button {

    CancelSignupButton(SignupService signups, long signupId, String labelKey, Runnable afterwards) {
        setText(getTranslation(labelKey));
        addClassName("cancel-signup");
        addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        getElement().setAttribute("data-signup", String.valueOf(signupId));
        addClickListener(click -> {
            Dialog confirm = new Dialog();
            confirm.setHeaderTitle(getTranslation("signup.cancel.title"));
            confirm.add(new Paragraph(getTranslation("signup.cancel.text")));
            Button yes = new Button(getTranslation("signup.cancel.yes"), yesClick -> {
                RuleMessages.attempt(() -> signups.cancel(signupId));
                confirm.close();
                afterwards.run();
            });
            yes.addClassName("confirm-cancel-signup");
            yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
            Button keep = new Button(getTranslation("signup.cancel.keep"), keepClick -> confirm.close());
            confirm.getFooter().add(keep, yes);
            confirm.open();
        });
    }
}
