/**
 * Messages to people in their own language. E-mail goes over SMTP, text messages through 46elks (when
 * configured); in the demo run every message goes to the development outbox instead, a page that does
 * not exist in production. Replies to text messages arrive at a webhook and are published as
 * {@link se.motesplats.notification.SmsReplyReceived}. Public API:
 * {@link se.motesplats.notification.EmailService}, {@link se.motesplats.notification.EmailMessage},
 * {@link se.motesplats.notification.SmsService}, {@link se.motesplats.notification.SmsMessage},
 * {@link se.motesplats.notification.PhoneNumbers} and the events and records they use.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package se.motesplats.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
