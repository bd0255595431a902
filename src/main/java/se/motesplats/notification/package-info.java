/**
 * Messages to people in their own language. E-mail goes over SMTP; in the demo run every message
 * goes to the development outbox instead, a page that does not exist in production. Public API:
 * {@link se.motesplats.notification.EmailService} and {@link se.motesplats.notification.EmailMessage}.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package se.motesplats.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
