package se.motesplats.signup;

import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.SmsReplyReceived;
import se.motesplats.security.AccountService;

/**
 * Answers to reminders by text message: "1" I'm coming (takes back an earlier "2" where the place is
 * still held), "2" I cannot come (frees a drop-in place or notes the absence), "STOP" no more text messages.
 */
@Component
class SmsReplies {

    private static final Set<String> STOP_WORDS = Set.of("STOP", "STOPP");

    private final AccountService accounts;
    private final Notifications notifications;
    private final SignupService signups;

    SmsReplies(AccountService accounts, Notifications notifications, SignupService signups) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.signups = signups;
    }

    @EventListener
    void replied(SmsReplyReceived reply) {
        String answer = latinDigits(reply.text().strip()).toUpperCase(Locale.ROOT);
        String phone = reply.phoneNumberE164();
        if (STOP_WORDS.contains(answer)) {
            accounts.stopSms(phone);
        } else if (answer.equals("2")) {
            answerToNewestReminder(phone, (key, accountId) -> signups.cannotCome(key.signupId(), key.occurrenceId(), accountId));
        } else if (answer.equals("1")) {
            answerToNewestReminder(phone, (key, accountId) -> signups.comingAfterAll(key.signupId(), key.occurrenceId(), accountId));
        }
    }

    /** An answer is about the newest reminder texted to that number, from the person who has the number now. */
    private void answerToNewestReminder(String phone, BiConsumer<ReminderKey, Long> answer) {
        accounts.accountWithPhone(phone).ifPresent(accountId -> notifications.newestOnceKeySentTo(phone, ReminderKey.PREFIX)
                .flatMap(ReminderKey::parse)
                .ifPresent(key -> answer.accept(key, accountId)));
    }

    /** Phones set to Arabic or Persian send ٢ or ۲ for 2. */
    static String latinDigits(String text) {
        StringBuilder latin = new StringBuilder(text.length());
        text.codePoints().forEach(point -> latin.append(Character.isDigit(point) ? (char) ('0' + Character.digit(point, 10))
                : Character.toString(point)));
        return latin.toString();
    }
}
