package se.motesplats.attendance;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityService;
import se.motesplats.notification.EmailService;
import se.motesplats.notification.Notice;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.Recipient;
import se.motesplats.privacy.ConsentService;
import se.motesplats.security.AccountService;
import se.motesplats.shared.RateLimits;

/**
 * Walk-ins who gave an e-mail address or mobile number at the door become participants when the
 * leader's phone syncs: the account of that contact, or a new one with the consent the leader
 * recorded and a welcome message with a sign-in link. Nothing is sent before the sync, and only a new
 * account is welcomed (once, whatever is replayed); the leader learns nothing about whether the
 * contact was known. Runs inside the sync's transaction.
 */
@Component
class WalkInAccounts {

    /** A leader's phone registers at most this many walk-ins an hour: a whole evening's queue, not a mailing list. */
    static final RateLimits.Limit REGISTRATIONS = new RateLimits.Limit("walk-in-registration", 100, Duration.ofHours(1));
    static final String WELCOME = "attendance.notice.walk-in-welcome";

    private final AccountService accounts;
    private final ConsentService consents;
    private final ActivityService activities;
    private final Notifications notifications;
    private final RateLimits limits;
    private final String publicUrl;

    WalkInAccounts(AccountService accounts, ConsentService consents, ActivityService activities, Notifications notifications,
            RateLimits limits, @Value("${motesplats.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.consents = consents;
        this.activities = activities;
        this.notifications = notifications;
        this.limits = limits;
        this.publicUrl = publicUrl;
    }

    /** The person the walk-in is from now on; empty if the contact cannot be used (they are then counted by name only). */
    Optional<Attendee> register(String firstName, WalkInRegistration registration, long activityId, long organisationId,
            long leaderId) {
        if (!limits.tryCount(REGISTRATIONS, "account:" + leaderId)) {
            return Optional.empty();
        }
        return accounts.registerAtTheDoor(registration.emailOrPhone(), firstName, registration.language()).map(registered -> {
            consents.givenAtTheDoor(registered.accountId(), registration.consentShownIn(), registration.consentVersion());
            if (registered.created()) {
                welcome(registered.accountId(), activityId, organisationId);
            }
            return Attendee.person(registered.accountId());
        });
    }

    private void welcome(long accountId, long activityId, long organisationId) {
        accounts.contactOf(accountId).ifPresent(contact -> {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("name", contact.firstName());
            arguments.put("activity", activities.headline(activityId, contact.language()).map(headline -> headline.title()).orElse(""));
            arguments.put("link", publicUrl + "/sign-in");
            arguments.put(EmailService.UNSUBSCRIBE_TOKEN, accounts.unsubscribeToken(accountId));
            notifications.enqueue(new Notice(new Recipient(accountId, contact.email(), contact.phone(), contact.language(), contact.notifyBy()),
                    WELCOME, arguments, WELCOME + ":" + accountId, organisationId));
        });
    }
}
