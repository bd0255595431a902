package se.motesplats.signup;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityEvents;
import se.motesplats.activity.ActivityService;
import se.motesplats.i18n.Formats;
import se.motesplats.notification.EmailService;
import se.motesplats.notification.Notice;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.Recipient;
import se.motesplats.security.AccountService;
import se.motesplats.security.Contact;
import se.motesplats.shared.Zones;

/**
 * Tells people what happened to their sign-ups and meetings, in their own language. Listeners run
 * inside the transaction of the change, so the notice is queued exactly when the change is saved.
 */
@Component
class SignupNotices {

    private final SignupRepository signups;
    private final AccountService accounts;
    private final ActivityService activities;
    private final Notifications notifications;
    private final String publicUrl;

    SignupNotices(SignupRepository signups, AccountService accounts, ActivityService activities, Notifications notifications,
            @Value("${motesplats.public-url}") String publicUrl) {
        this.signups = signups;
        this.accounts = accounts;
        this.activities = activities;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    @EventListener
    void placeConfirmed(SignupEvents.PlaceConfirmed confirmed) {
        tell(confirmed.accountId(), confirmed.activityId(), "signup.notice.confirmed", Map.of(), null);
    }

    @EventListener
    void waitlisted(SignupEvents.Waitlisted waitlisted) {
        tell(waitlisted.accountId(), waitlisted.activityId(), "signup.notice.waitlisted", Map.of(), null);
    }

    /** Promoted with a deadline to say yes, or straight into the place. */
    @EventListener
    void promoted(SignupEvents.PromotedFromWaitingList promoted) {
        Instant answerBy = signups.findById(promoted.signupId()).map(Signup::offeredUntil).orElse(null);
        if (answerBy == null) {
            tell(promoted.accountId(), promoted.activityId(), "signup.notice.promoted", Map.of(), null);
        } else {
            tell(promoted.accountId(), promoted.activityId(), "signup.notice.offered", Map.of("until", answerBy), null);
        }
    }

    @EventListener
    void stillComingAsked(SignupEvents.StillComingAsked asked) {
        tell(asked.accountId(), asked.activityId(), "signup.notice.still-coming", Map.of("until", asked.answerBy()),
                "still-coming:" + asked.signupId() + ":" + asked.answerBy().getEpochSecond());
    }

    @EventListener
    void offerExpired(SignupEvents.OfferExpired expired) {
        tell(expired.accountId(), expired.activityId(), "signup.notice.offer-expired", Map.of(), null);
    }

    @EventListener
    void meetingCancelled(ActivityEvents.OccurrenceCancelled cancelled) {
        tellEveryoneComingTo(cancelled.activityId(), cancelled.occurrenceId(), "signup.notice.meeting-cancelled", cancelled.startsAt(),
                Map.of());
    }

    @EventListener
    void meetingMoved(ActivityEvents.OccurrenceMoved moved) {
        tellEveryoneComingTo(moved.activityId(), moved.occurrenceId(), "signup.notice.meeting-moved", moved.from(),
                Map.of("to", moved.to()));
    }

    @EventListener
    void activityCancelled(ActivityEvents.ActivityCancelled cancelled) {
        signups.activeFor(cancelled.activityId())
                .forEach(signup -> tell(signup.accountId(), cancelled.activityId(), "signup.notice.activity-cancelled", Map.of(), null));
    }

    /** A reminder of a meeting, at most once per lead time, person and meeting. */
    void remind(Signup signup, long occurrenceId, Instant startsAt, String leadTime) {
        tell(signup.accountId(), signup.placeKey().activityId(), "signup.notice.reminder", Map.of("when", startsAt),
                new ReminderKey(leadTime, signup.id(), occurrenceId).format());
    }

    void organiserMessage(Signup signup, ReadyMessage message, Instant meeting, String room) {
        tell(signup.accountId(), signup.placeKey().activityId(), message.template(), Map.of("when", meeting), null, Map.of("room", room));
    }

    private void tellEveryoneComingTo(long activityId, long occurrenceId, String template, Instant when, Map<String, Instant> times) {
        signups.activeFor(activityId).stream()
                .filter(signup -> signup.hasPlaceAt(occurrenceId))
                .forEach(signup -> {
                    Map<String, Instant> allTimes = new HashMap<>(times);
                    allTimes.put("when", when);
                    tell(signup.accountId(), activityId, template, allTimes, null);
                });
    }

    /** Times are written out here, in the recipient's language and numerals, and sent as text. */
    private void tell(long accountId, long activityId, String template, Map<String, Instant> times, @Nullable String onceKey) {
        tell(accountId, activityId, template, times, onceKey, Map.of());
    }

    private void tell(long accountId, long activityId, String template, Map<String, Instant> times, @Nullable String onceKey,
            Map<String, String> texts) {
        Contact contact = accounts.contactOf(accountId).orElse(null);
        if (contact == null) {
            return;
        }
        activities.headline(activityId, contact.language()).ifPresent(headline -> {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("name", contact.firstName());
            arguments.put("activity", headline.title());
            arguments.put("place", headline.place());
            arguments.put("link", publicUrl + "/activities/" + activityId);
            arguments.put(EmailService.UNSUBSCRIBE_TOKEN, accounts.unsubscribeToken(accountId));
            times.forEach((name, time) -> arguments.put(name, Formats.meeting(time, contact.language(), Zones.STOCKHOLM)));
            arguments.putAll(texts);
            notifications.enqueue(new Notice(new Recipient(contact.accountId(), contact.email(), contact.phone(), contact.language(), contact.notifyBy()), template,
                    arguments, onceKey, headline.organisationId()));
        });
    }
}
