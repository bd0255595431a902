package se.motesplats.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;
import se.motesplats.privacy.ConsentPurpose;
import se.motesplats.privacy.ConsentService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.NewPhoneNumber;

class ProfileModuleTest extends ModuleTestBase {

    @Autowired AccountService accounts;
    @Autowired ProfileService profiles;
    @Autowired ConsentService consents;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long person(String name) {
        return accounts.ensureAccount(name + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.TIGRINYA,
                List.of(Roles.PARTICIPANT));
    }

    private static String mobile() {
        return "070" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    @Test
    void aPhoneNumberIsCheckedStoredOnceAndNeededForTextMessages() {
        long yonas = person("Yonas");
        long other = person("Selam");
        String typed = mobile();
        as(yonas, () -> {
            assertThatThrownBy(() -> accounts.notifyBy(MessageChannel.SMS)).isInstanceOf(RuleViolation.class)
                    .hasMessage("people.profile.phone-needed");
            assertThatThrownBy(() -> accounts.changePhone("12")).isInstanceOf(RuleViolation.class)
                    .hasMessage("people.profile.phone-invalid");
            assertThat(accounts.changePhone(typed)).isEqualTo(AccountService.PhoneChange.CODE_SENT);
            assertThat(accounts.myContact().phone()).as("not before the code from the text message").isNull();
            assertThat(accounts.confirmPhone("000000")).isFalse();
            assertThat(accounts.myContact().phone()).isNull();
            NewPhoneNumber.confirmed(accounts, jdbc, typed);
            assertThat(accounts.changePhone(typed)).as("the same number again").isEqualTo(AccountService.PhoneChange.UNCHANGED);
            accounts.notifyBy(MessageChannel.SMS);
            assertThat(accounts.myContact().phone()).isEqualTo("+46" + typed.substring(1));
            assertThat(accounts.myContact().notifyBy()).isEqualTo(MessageChannel.SMS);
        }, Roles.PARTICIPANT);
        as(other, () -> assertThatThrownBy(() -> accounts.changePhone(typed)).isInstanceOf(RuleViolation.class)
                .hasMessage("people.profile.phone-taken"), Roles.PARTICIPANT);
        as(yonas, () -> {
            accounts.changePhone(" ");
            assertThat(accounts.myContact().notifyBy()).as("no number, no SMS").isEqualTo(MessageChannel.EMAIL);
        }, Roles.PARTICIPANT);
    }

    @Test
    void theOptionalProfileIsKeptAndConsentsCanBeWithdrawn() {
        long rahel = person("Rahel");
        as(rahel, () -> {
            assertThat(profiles.mine()).isEqualTo(Profile.EMPTY);
            Profile profile = new Profile(Set.of(SupportedLanguage.TIGRINYA, SupportedLanguage.ARABIC), SwedishLevel.BEGINNER, "1281",
                    Set.of(ActivityCategory.LANGUAGE_CAFE));
            profiles.save(profile);
            assertThat(profiles.mine()).isEqualTo(profile);
            assertThatThrownBy(() -> profiles.save(new Profile(Set.of(), null, "9999", Set.of()))).isInstanceOf(RuleViolation.class);

            consents.give(Set.of(ConsentPurpose.TERMS_AND_PRIVACY, ConsentPurpose.BEING_CONTACTED), SupportedLanguage.TIGRINYA);
            consents.withdraw(ConsentPurpose.BEING_CONTACTED);
            assertThat(consents.of(rahel)).containsExactly(ConsentPurpose.TERMS_AND_PRIVACY);
        }, Roles.PARTICIPANT);
    }

    @Test
    void aPersonWithProtectedIdentityAppearsUnderTheirAlias() {
        long hidden = person("Leyla");
        SystemActor.runAsAdministrator(() -> accounts.protectIdentity(hidden, "Stjärnan"));
        assertThat(accounts.firstNames(List.of(hidden))).containsEntry(hidden, "Stjärnan");
        assertThat(accounts.contactOf(hidden).orElseThrow().firstName()).as("their own notices greet them by name").isEqualTo("Leyla");
        as(hidden, () -> assertThatThrownBy(() -> accounts.protectIdentity(hidden, "")).isInstanceOf(AccessDeniedException.class),
                Roles.PARTICIPANT);
    }
}
