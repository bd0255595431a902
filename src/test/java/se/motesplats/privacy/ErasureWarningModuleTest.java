package se.motesplats.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.SentMessage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SignInService;
import se.motesplats.shared.Zones;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/** Night by night with the test clock: warned 30 days before, erased only once the warning is that old. */
class ErasureWarningModuleTest extends ModuleTestBase {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired InactiveAccounts inactiveAccounts;
    @Autowired AccountService accounts;
    @Autowired SignInService signIns;
    @Autowired Notifications notifications;
    @Autowired DevelopmentOutbox outbox;
    @Autowired TranslationProvider translations;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private static String email(String firstName) {
        return "erasure-" + firstName.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test";
    }

    private long person(String email, String firstName, SupportedLanguage language, String role) {
        return accounts.ensureAccount(email, firstName, language, List.of(role));
    }

    /** Last signed in two years ago, give or take. */
    private void lastUsed(long account, Period beforeTwoYears, Duration more) {
        Instant at = clock.instant().atZone(ZoneOffset.UTC).minusYears(2).minus(beforeTwoYears).toInstant().minus(more);
        jdbc.sql("update account set created_at = ?, last_sign_in_at = ? where id = ?").params(at.minus(Duration.ofDays(10)), at, account)
                .update();
    }

    private boolean exists(long account) {
        return jdbc.sql("select count(*) from account where id = ?").param(account).query(Integer.class).single() == 1;
    }

    private boolean warned(long account) {
        return jdbc.sql("select erasure_warned_at is not null from account where id = ?").param(account).query(Boolean.class).single();
    }

    private void sendEverything() {
        while (notifications.sendDue() > 0) {
            // other tests' notices too
        }
    }

    private List<SentMessage> warningsTo(String email) {
        String subject = translations.translate(SupportedLanguage.ARABIC, ErasureWarning.TEMPLATE + ".subject");
        return outbox.latestTo(email).stream().filter(message -> message.subject().equals(subject)).toList();
    }

    @Test
    void anUnusedAccountIsWarnedInItsLanguageAndErasedOnlyOnceTheWarningIsThirtyDaysOld() {
        String aminaEmail = email("Amina");
        long amina = person(aminaEmail, "Amina", SupportedLanguage.ARABIC, Roles.PARTICIPANT);
        long overdue = person(email("Omid"), "Omid", SupportedLanguage.PERSIAN, Roles.VOLUNTEER);
        long notYet = person(email("Sara"), "Sara", SupportedLanguage.SWEDISH, Roles.PARTICIPANT);
        long staff = person(email("Lena"), "Lena", SupportedLanguage.SWEDISH, Roles.COORDINATOR);
        lastUsed(amina, Period.ofDays(-20), Duration.ZERO);
        lastUsed(overdue, Period.ofYears(1), Duration.ZERO);
        lastUsed(notYet, Period.ofDays(-45), Duration.ZERO);
        lastUsed(staff, Period.ofYears(1), Duration.ZERO);
        LocalDate signInBy = LocalDate.ofInstant(clock.instant().plus(Duration.ofDays(30)), Zones.STOCKHOLM).minusDays(1);

        inactiveAccounts.eraseUnused();
        sendEverything();

        assertThat(List.of(amina, overdue, notYet, staff)).allMatch(this::exists);
        assertThat(warned(amina)).as("within 30 days of its two years").isTrue();
        assertThat(warned(overdue)).as("long overdue: warned first, too").isTrue();
        assertThat(warned(notYet)).isFalse();
        assertThat(warned(staff)).as("staff accounts are not erased for inactivity").isFalse();
        List<SentMessage> toAmina = warningsTo(aminaEmail);
        assertThat(toAmina).as("one warning, in Arabic").hasSize(1);
        assertThat(toAmina.getFirst().text()).contains("Amina").contains(Formats.day(signInBy, SupportedLanguage.ARABIC))
                .contains("/sign-in");

        clock.advance(Duration.ofDays(29));
        inactiveAccounts.eraseUnused();
        sendEverything();
        assertThat(exists(amina)).as("two years unused, but warned only 29 days ago").isTrue();
        assertThat(exists(overdue)).isTrue();
        assertThat(warningsTo(aminaEmail)).as("warned once").hasSize(1);
        assertThat(warned(notYet)).as("now within 30 days of its two years").isTrue();

        clock.advance(Duration.ofDays(2));
        inactiveAccounts.eraseUnused();
        assertThat(exists(amina)).as("warned 31 days ago").isFalse();
        assertThat(exists(overdue)).isFalse();
        assertThat(exists(notYet)).as("warned two days ago").isTrue();
        assertThat(exists(staff)).isTrue();
    }

    @Test
    void signingInAfterTheWarningKeepsTheAccountAndStartsTheTwoYearsAgain() {
        String email = email("Yonas");
        long yonas = person(email, "Yonas", SupportedLanguage.TIGRINYA, Roles.PARTICIPANT);
        lastUsed(yonas, Period.ofDays(-10), Duration.ZERO);
        inactiveAccounts.eraseUnused();
        assertThat(warned(yonas)).isTrue();

        signIns.requestCode(email, SupportedLanguage.TIGRINYA);
        Matcher code = CODE.matcher(outbox.latestTo(email).getFirst().text());
        assertThat(code.find()).isTrue();
        assertThat(signIns.verify(email, code.group(1))).isPresent();
        assertThat(warned(yonas)).as("signing in empties the warning").isFalse();

        clock.advance(Duration.ofDays(31));
        inactiveAccounts.eraseUnused();
        assertThat(exists(yonas)).isTrue();
        assertThat(warned(yonas)).as("used 31 days ago: nothing to warn of").isFalse();
    }
}
