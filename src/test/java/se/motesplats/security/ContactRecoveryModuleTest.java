package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.NewPhoneNumber;

class ContactRecoveryModuleTest extends ModuleTestBase {

    @Autowired ContactRecovery recovery;
    @Autowired AccountService accounts;
    @Autowired SecondFactor secondFactor;
    @Autowired SignedInSessions sessions;
    @Autowired RememberedDevices devices;
    @Autowired DevelopmentOutbox outbox;
    @Autowired se.motesplats.notification.Notifications notifications;
    @Autowired JdbcClient jdbc;

    private static String address(String name) {
        return name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test";
    }

    private static String newNumber() {
        return "+4670" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private long administrator() {
        return accounts.ensureAccount(address("Admin"), "Alva", SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR));
    }

    @Test
    void anAdministratorGivesANewAddressThatReplacesBothLostOnesAndEndsEverythingTheLostPhoneHeld() {
        String lostAddress = address("Hamid");
        long hamid = accounts.ensureAccount(lostAddress, "Hamid", SupportedLanguage.SWEDISH, List.of(Roles.PARTICIPANT, Roles.CASE_OFFICER));
        String lostNumber = newNumber();
        as(hamid, () -> NewPhoneNumber.confirmed(accounts, jdbc, lostNumber), Roles.PARTICIPANT);
        jdbc.sql("insert into second_factor (account_id, secret_encrypted, enrolled_at, last_step) values (?, 'lost', now(6), 0)")
                .param(hamid).update();
        sessions.register(new MockHttpSession(), hamid, "Android · Chrome");
        devices.createNewToken(new PersistentRememberMeToken(Long.toString(hamid), UUID.randomUUID().toString(), "token", new Date()));
        long admin = administrator();
        String found = address("Hamid-new");

        as(admin, () -> recovery.replaceLostContact(hamid, found), Roles.ADMINISTRATOR);

        Contact contact = accounts.contactOf(hamid).orElseThrow();
        assertThat(contact.email()).isEqualTo(found);
        assertThat(contact.phone()).as("the lost number may be someone else's by now").isNull();
        assertThat(secondFactor.enrolled(hamid)).as("staff roles wait for a new app").isFalse();
        assertThat(callAs(hamid, () -> sessions.mine(), Roles.PARTICIPANT)).as("the lost phone is signed out").isEmpty();
        assertThat(devices.of(hamid)).isEmpty();
        assertThat(jdbc.sql("select detail from audit_event where action = 'security.contact-recovered' and person_id = ? and actor_id = ?")
                .params(hamid, admin).query(String.class).list()).singleElement().asString().startsWith("new e-mail");
        notifications.sendDue();
        assertThat(outbox.latestTo(lostAddress)).first().satisfies(mail -> assertThat(mail.text()).contains("Hamid", "administrat"));
        assertThat(outbox.latestTo(lostNumber)).first().satisfies(sms -> assertThat(sms.text()).contains("Mötesplats"));
    }

    @Test
    void aNewNumberWorksLikewise() {
        long sara = accounts.ensureAccount(address("Sara"), "Sara", SupportedLanguage.SWEDISH, List.of(Roles.PARTICIPANT));
        String number = newNumber();
        as(administrator(), () -> recovery.replaceLostContact(sara, number.replace("+46", "0")), Roles.ADMINISTRATOR);
        Contact contact = accounts.contactOf(sara).orElseThrow();
        assertThat(contact.phone()).isEqualTo(number);
        assertThat(contact.email()).isNull();
        assertThat(accounts.accountWithPhone(number)).contains(sara);
    }

    @Test
    void refusedToAnyoneButAnotherAdministratorAndForAnAddressThatIsSomeoneElses() {
        String kept = address("Lina");
        long lina = accounts.ensureAccount(kept, "Lina", SupportedLanguage.SWEDISH, List.of(Roles.PARTICIPANT));
        long coordinator = accounts.ensureAccount(address("Coordinator"), "Kim", SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
        long admin = administrator();
        String othersAddress = address("Other");
        accounts.ensureAccount(othersAddress, "Other", SupportedLanguage.SWEDISH, List.of(Roles.PARTICIPANT));

        as(coordinator, () -> assertThatThrownBy(() -> recovery.replaceLostContact(lina, address("Attacker")))
                .isInstanceOf(AccessDeniedException.class), Roles.COORDINATOR);
        as(lina, () -> assertThatThrownBy(() -> recovery.replaceLostContact(lina, address("Attacker")))
                .isInstanceOf(AccessDeniedException.class), Roles.PARTICIPANT);
        as(admin, () -> assertThatThrownBy(() -> recovery.replaceLostContact(admin, address("Attacker")))
                .isInstanceOf(RuleViolation.class).hasMessage("security.recovery.own"), Roles.ADMINISTRATOR);
        as(admin, () -> assertThatThrownBy(() -> recovery.replaceLostContact(lina, othersAddress))
                .isInstanceOf(RuleViolation.class).hasMessage("security.recovery.taken"), Roles.ADMINISTRATOR);
        as(admin, () -> assertThatThrownBy(() -> recovery.replaceLostContact(lina, "not an address"))
                .isInstanceOf(RuleViolation.class).hasMessage("security.sign-in.email-or-phone-invalid"), Roles.ADMINISTRATOR);

        assertThat(accounts.contactOf(lina).orElseThrow().email()).as("nothing changed").isEqualTo(kept);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'security.contact-recovered' and person_id = ?")
                .param(lina).query(Integer.class).single()).isZero();
    }
}
