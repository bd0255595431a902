package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.AuthenticatorApp;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

class SecondFactorModuleTest extends ModuleTestBase {

    @Autowired SecondFactor secondFactor;
    @Autowired AccountService accounts;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired se.motesplats.notification.DevelopmentOutbox outbox;

    private long staff(String name) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT, Roles.COORDINATOR));
    }

    @Test
    void staffStartWithoutTheirStaffRolesUntilAnAppCodeConfirmsThem() {
        long karin = staff("Karin");
        SignedInPerson full = new SignedInPerson(karin, "Karin", java.util.Set.of(Roles.PARTICIPANT, Roles.COORDINATOR));
        SignedInPerson participant = new SignedInPerson(karin, "Karin", java.util.Set.of(Roles.PARTICIPANT));

        assertThat(secondFactor.requiredFor(full)).isTrue();
        assertThat(secondFactor.requiredFor(participant)).isFalse();
        assertThat(secondFactor.limitedUntilConfirmed(full).roles()).containsExactly(Roles.PARTICIPANT);

        SecondFactor.Enrolment enrolment = callAs(karin, () -> secondFactor.newEnrolment(), Roles.PARTICIPANT);
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret(), "issuer=M%C3%B6tesplats");
        assertThat(callAs(karin, () -> secondFactor.unconfirmedCaller(), Roles.PARTICIPANT)).contains(full);

        assertThat(callAs(karin, () -> secondFactor.enrol(enrolment.secret(), "000000"), Roles.PARTICIPANT))
                .as("a wrong code enrols nothing").isEmpty();
        assertThat(secondFactor.enrolled(karin)).isFalse();
        String code = AuthenticatorApp.code(enrolment.secret(), clock.instant());
        assertThat(callAs(karin, () -> secondFactor.enrol(enrolment.secret(), code), Roles.PARTICIPANT)).contains(full);
        assertThat(secondFactor.enrolled(karin)).isTrue();

        assertThat(secondFactor.verify(full, code)).as("a code is accepted once").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(secondFactor.verify(full, AuthenticatorApp.code(enrolment.secret(), clock.instant()))).isTrue();
        clock.advance(Duration.ofSeconds(30));
        String stale = AuthenticatorApp.code(enrolment.secret(), clock.instant().minus(Duration.ofSeconds(90)));
        assertThat(secondFactor.verify(full, stale)).as("older than one step of drift").isFalse();

        clock.advance(Duration.ofSeconds(30));
        String next = AuthenticatorApp.code(enrolment.secret(), clock.instant());
        assertThat(callAs(karin, () -> secondFactor.confirm(next), Roles.PARTICIPANT)).contains(full);
        assertThat(callAs(karin, () -> secondFactor.unconfirmedCaller(), Roles.PARTICIPANT, Roles.COORDINATOR))
                .as("a confirmed session").isEmpty();
    }

    @Test
    void guessingIsStoppedAfterFiveTries() {
        long ola = staff("Ola");
        SignedInPerson full = new SignedInPerson(ola, "Ola", java.util.Set.of(Roles.PARTICIPANT, Roles.COORDINATOR));
        SecondFactor.Enrolment enrolment = callAs(ola, () -> secondFactor.newEnrolment(), Roles.PARTICIPANT);
        clock.advance(Duration.ofSeconds(30));
        callAs(ola, () -> secondFactor.enrol(enrolment.secret(), AuthenticatorApp.code(enrolment.secret(), clock.instant())), Roles.PARTICIPANT);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(secondFactor.verify(full, "12345" + attempt)).isFalse();
        }
        // the next step's code (within the allowed drift) without moving the clock: the limit counts per quarter of an hour
        String right = AuthenticatorApp.code(enrolment.secret(), clock.instant().plusSeconds(30));
        assertThatThrownBy(() -> secondFactor.verify(full, right)).as("after five wrong codes, even the right one")
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void anAdministratorResetsALostAuthenticatorButNotTheirOwnAndThePersonIsTold() {
        long omar = staff("Omar");
        SecondFactor.Enrolment enrolment = callAs(omar, () -> secondFactor.newEnrolment(), Roles.PARTICIPANT);
        callAs(omar, () -> secondFactor.enrol(enrolment.secret(), AuthenticatorApp.code(enrolment.secret(), clock.instant())),
                Roles.PARTICIPANT);
        long admin = accounts.ensureAccount("reset-admin-" + java.util.UUID.randomUUID() + "@motesplats.test", "Alva",
                SupportedLanguage.SWEDISH, List.of(Roles.ADMINISTRATOR));

        as(omar, () -> assertThatThrownBy(() -> secondFactor.reset(omar))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class), Roles.COORDINATOR);
        as(admin, () -> assertThatThrownBy(() -> secondFactor.reset(admin)).isInstanceOf(RuleViolation.class)
                .hasMessage("security.second-factor.reset-own"), Roles.ADMINISTRATOR);
        assertThat(secondFactor.enrolled(omar)).isTrue();

        as(admin, () -> secondFactor.reset(omar), Roles.ADMINISTRATOR);

        assertThat(secondFactor.enrolled(omar)).as("a new app at the next sign-in").isFalse();
        SignedInPerson signingIn = new SignedInPerson(omar, "Omar", java.util.Set.of(Roles.PARTICIPANT, Roles.COORDINATOR));
        assertThat(secondFactor.limitedUntilConfirmed(signingIn).roles()).containsExactly(Roles.PARTICIPANT);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'second-factor.reset' and person_id = ?")
                .param(omar).query(Integer.class).single()).isEqualTo(1);
        String address = accounts.contactOf(omar).orElseThrow().email();
        assertThat(outbox.latestTo(address)).first().satisfies(mail -> assertThat(mail.text()).contains("Omar"));
    }
}
