package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.SentMessage;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

class SignInModuleTest extends ModuleTestBase {


    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    SignInService signIn;
    @Autowired
    AccountService accounts;
    @Autowired
    DevelopmentOutbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private String register(String email) {
        accounts.ensureAccount(email, "Hanna", SupportedLanguage.ENGLISH, List.of(Roles.PARTICIPANT));
        return email;
    }

    private String lastCodeSentTo(String email) {
        SentMessage message = outbox.latest().stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();
        Matcher matcher = CODE.matcher(message.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aCodeByEmailSignsInOnceInTheRecipientsLanguage() {
        String email = register("hanna.once@motesplats.test");
        assertThat(signIn.requestCode(email, SupportedLanguage.SWEDISH)).isEqualTo(SignInService.CodeRequest.SENT_IF_REGISTERED);
        SentMessage message = outbox.latest().getFirst();
        assertThat(message.subject()).startsWith("Your Mötesplats code");
        String code = lastCodeSentTo(email);

        assertThat(signIn.verify(" HANNA.once@motesplats.test ", code)).get()
                .satisfies(person -> assertThat(person.roles()).containsExactly(Roles.PARTICIPANT));
        assertThat(signIn.verify(email, code)).as("a code works only once").isEmpty();
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String email = register("hanna.late@motesplats.test");
        signIn.requestCode(email, SupportedLanguage.ENGLISH);
        String code = lastCodeSentTo(email);
        clock.advance(Duration.ofMinutes(11));
        assertThat(signIn.verify(email, code)).isEmpty();
    }

    @Test
    void fiveWrongTriesLockTheCode() {
        String email = register("hanna.guess@motesplats.test");
        signIn.requestCode(email, SupportedLanguage.ENGLISH);
        String code = lastCodeSentTo(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < SignInService.MAX_ATTEMPTS; i++) {
            assertThat(signIn.verify(email, wrong)).isEmpty();
        }
        assertThat(signIn.verify(email, code)).as("locked after too many wrong tries").isEmpty();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        int before = outbox.latest().size();
        assertThat(signIn.requestCode("nobody@motesplats.test", SupportedLanguage.SWEDISH))
                .isEqualTo(SignInService.CodeRequest.SENT_IF_REGISTERED);
        assertThat(outbox.latest().stream().noneMatch(m -> m.recipient().equals("nobody@motesplats.test"))).isTrue();
        assertThat(outbox.latest().size()).isEqualTo(before);
    }

    @Test
    void askingForTooManyCodesIsRefused() {
        String email = register("hanna.many@motesplats.test");
        for (int i = 0; i < SignInService.MAX_CODES_PER_HOUR; i++) {
            signIn.requestCode(email, SupportedLanguage.ENGLISH);
        }
        assertThat(signIn.requestCode(email, SupportedLanguage.ENGLISH)).isEqualTo(SignInService.CodeRequest.TOO_MANY_REQUESTS);
    }

    @Test
    void aSignedInPersonsLanguageChoiceIsTheLanguageOfTheirCodes() {
        String email = register("hanna.arabic@motesplats.test");
        long id = accounts.ensureAccount(email, "Hanna", SupportedLanguage.ENGLISH, List.of());
        as(id, () -> events.publishEvent(new se.motesplats.i18n.LanguageChosen(SupportedLanguage.ARABIC)), Roles.PARTICIPANT);
        signIn.requestCode(email, SupportedLanguage.SWEDISH);
        assertThat(outbox.latest().getFirst().subject()).doesNotContain("Your").contains("Mötesplats").matches(".*[\\u0600-\\u06FF].*");
    }
}
