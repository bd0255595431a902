package se.motesplats.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.motesplats.shared.RuleViolation;

/** Runs an action a person asked for and shows a refused rule as one translated sentence. */
public final class RuleMessages {

    private RuleMessages() {
    }

    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation refused) {
            Notification notification = Notification.show(UI.getCurrent().getTranslation(refused.translationKey()), 6000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.WARNING);
            return false;
        }
    }
}
