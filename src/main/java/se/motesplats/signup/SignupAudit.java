package se.motesplats.signup;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.motesplats.security.AuditLog;

/** Every change to a sign-up goes into the audit log, in the transaction that made it. */
@Component
class SignupAudit {

    private final AuditLog audit;

    SignupAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void changed(SignupEvents.SignupEvent event) {
        String action = "signup." + event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        audit.changed(action, "signup:" + event.signupId(), event.accountId(), "activity " + event.activityId());
    }
}
