package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.MessageChannel;
import se.motesplats.notification.Notice;
import se.motesplats.notification.Notifications;
import se.motesplats.notification.Recipient;
import se.motesplats.notification.SentMessage;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;

/** Newcomers without e-mail join and sign in with a mobile number and a code by SMS. */
class PhoneSignInModuleTest extends ModuleTestBase {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    AccountService accounts;
    @Autowired
    SignInService signIn;
    @Autowired
    DevelopmentOutbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;

    /** Numbers are unique across the shared test database, so every test has its own. */
    private static String newMobileNumber() {
        return "+4670" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** The same number as a person types it: national form, with a dash and spaces. */
    private static String typedNationally(String e164) {
        String national = "0" + e164.substring(3);
        return national.substring(0, 3) + "-" + national.substring(3, 6) + " " + national.substring(6, 8) + " " + national.substring(8);
    }

    private String codeTextedTo(String e164) {
        SentMessage message = outbox.latestTo(e164).getFirst();
        assertThat(message.channel()).isEqualTo(MessageChannel.SMS);
        Matcher matcher = CODE.matcher(message.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aPersonWithoutEmailJoinsAndSignsInWithACodeBySms() {
        String number = newMobileNumber();
        accounts.join(typedNationally(number), "Amina", SupportedLanguage.ARABIC);

        assertThat(signIn.requestCode(typedNationally(number), SupportedLanguage.ARABIC))
                .isEqualTo(SignInService.CodeRequest.SENT_IF_REGISTERED);
        SentMessage sms = outbox.latestTo(number).getFirst();
        assertThat(sms.text()).as("in the person's language").matches("(?s).*[\\u0600-\\u06FF].*");
        String code = codeTextedTo(number);

        assertThat(signIn.verify(number, code)).get()
                .satisfies(person -> {
                    assertThat(person.roles()).containsExactly(Roles.PARTICIPANT);
                    assertThat(accounts.contactOf(person.accountId())).get()
                            .satisfies(contact -> {
                                assertThat(contact.email()).isNull();
                                assertThat(contact.notifyBy()).isEqualTo(MessageChannel.SMS);
                            });
                });
        assertThat(signIn.verify(number, code)).as("a code works only once").isEmpty();
    }

    @Test
    void aWrongCodeDoesNotSignIn() {
        String number = newMobileNumber();
        accounts.join(number, "Bilal", SupportedLanguage.ENGLISH);
        signIn.requestCode(number, SupportedLanguage.ENGLISH);
        String code = codeTextedTo(number);

        assertThat(signIn.verify(number, code.equals("000000") ? "111111" : "000000")).isEmpty();
        assertThat(signIn.verify(newMobileNumber(), code)).as("the code belongs to its number").isEmpty();
        assertThat(signIn.verify(number, code)).isPresent();
    }

    @Test
    void anUnknownNumberGetsTheSameAnswerAndNoMessage() {
        String number = newMobileNumber();

        assertThat(signIn.requestCode(number, SupportedLanguage.SWEDISH)).isEqualTo(SignInService.CodeRequest.SENT_IF_REGISTERED);
        assertThat(outbox.latestTo(number)).isEmpty();
    }

    @Test
    void somethingThatIsNeitherAnAddressNorAMobileNumberIsRefused() {
        assertThat(EmailOrPhone.parse("08-123 456 78")).as("a landline gets no SMS").isEmpty();
        assertThat(EmailOrPhone.parse("amina@")).isEmpty();
        assertThat(EmailOrPhone.parse(" Amina@Example.se ")).contains(new EmailOrPhone("Amina@Example.se", null));
        assertThatThrownBy(() -> signIn.requestCode("hello", SupportedLanguage.SWEDISH)).isInstanceOf(RuleViolation.class);
        assertThat(signIn.verify("hello", "123456")).isEmpty();
    }

    @Test
    void joiningWithANumberThatHasAnAccountLeavesTheAccountAsItIs() {
        String number = newMobileNumber();
        accounts.join(number, "Carin", SupportedLanguage.SWEDISH);
        long id = accounts.accountWithPhone(number).orElseThrow();

        accounts.join(number, "Someone Else", SupportedLanguage.ENGLISH);

        assertThat(accounts.accountWithPhone(number)).contains(id);
        assertThat(accounts.contactOf(id)).get().satisfies(contact -> {
            assertThat(contact.firstName()).isEqualTo("Carin");
            assertThat(contact.language()).isEqualTo(SupportedLanguage.SWEDISH);
        });
    }

    @Test
    void aPhoneOnlyPersonsNoticesGoBySmsAndTheirNumberCannotBeRemoved() {
        String number = newMobileNumber();
        accounts.join(number, "Dawit", SupportedLanguage.ENGLISH);
        long id = accounts.accountWithPhone(number).orElseThrow();
        Contact contact = accounts.contactOf(id).orElseThrow();

        transaction.executeWithoutResult(status -> notifications.enqueue(new Notice(
                new Recipient(contact.accountId(), contact.email(), contact.phone(), contact.language(), contact.notifyBy()),
                "signup.notice.waitlisted", Map.of("activity", "Language café"), null, null)));
        notifications.sendDue();

        assertThat(outbox.latestTo(number)).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(MessageChannel.SMS);
            assertThat(message.text()).contains("Language café");
        });
        as(id, () -> assertThatThrownBy(() -> accounts.changePhone(""))
                .isInstanceOf(RuleViolation.class).hasMessage("people.profile.phone-signs-in"), Roles.PARTICIPANT);
    }

    @Test
    void afterStopAPhoneOnlyPersonGetsNoTextMessages() {
        String number = newMobileNumber();
        accounts.join(number, "Eyob", SupportedLanguage.ENGLISH);
        accounts.stopSms(number);

        assertThat(accounts.contactOf(accounts.accountWithPhone(number).orElseThrow())).get()
                .satisfies(contact -> assertThat(contact.phone()).isNull());
    }
}
