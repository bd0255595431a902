package se.motesplats.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.InvitationLinks;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

class OrganisationModuleTest extends ModuleTestBase {

    private static final String HELSINGBORG = "1283";
    private static final String VASTERAS = "1980";
    private static final String UPPSALA = "0380";

    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired se.motesplats.notification.DevelopmentOutbox outbox;
    @Autowired TestClock clock;

    @Test
    void aNewcomerRegistersAnAssociationAndACoordinatorOfItsMunicipalityVerifiesIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("founder-" + unique + "@motesplats.test", "Hawa", SupportedLanguage.SOMALI,
                List.of(Roles.PARTICIPANT));
        long coordinator = accounts.ensureAccount("verifier-" + unique + "@motesplats.test", "Ulla", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        long elsewhere = accounts.ensureAccount("elsewhere-" + unique + "@motesplats.test", "Per", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> {
            areas.setScope(coordinator, List.of(HELSINGBORG));
            areas.setScope(elsewhere, List.of("2584"));
        });
        AtomicReference<OrganisationSummary> registered = new AtomicReference<>();
        Registration registration = new Registration("Somaliska kvinnoföreningen " + unique, OrganisationKind.WOMENS_ASSOCIATION,
                HELSINGBORG, "kontakt@example.org", "802412-3456");

        as(founder, () -> {
            registered.set(organisations.register(registration));
            assertThatThrownBy(() -> organisations.register(registration)).isInstanceOf(RuleViolation.class)
                    .hasMessage("organisation.error.exists");
            assertThatThrownBy(() -> organisations.register(new Registration("Annan " + unique, OrganisationKind.OTHER,
                    HELSINGBORG, "a@example.org", "12345"))).hasMessage("organisation.error.number");
        }, Roles.PARTICIPANT);
        long id = registered.get().id();
        assertThat(registered.get().verified()).isFalse();
        assertThat(organisations.membershipsOf(founder)).extracting(Membership::organisationId, Membership::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, OrganisationRole.ADMINISTRATOR));
        SystemActor.runAsAdministrator(() -> assertThat(accounts.listAccounts())
                .filteredOn(account -> account.id() == founder).singleElement()
                .satisfies(account -> assertThat(account.roles()).contains(Roles.ORGANISATION_MEMBER, Roles.PARTICIPANT)));

        as(elsewhere, () -> assertThat(organisations.awaitingVerification()).extracting(c -> c.organisation().id()).doesNotContain(id),
                Roles.COORDINATOR);
        as(coordinator, () -> {
            assertThat(organisations.awaitingVerification()).filteredOn(c -> c.organisation().id() == id).singleElement()
                    .satisfies(candidate -> {
                        assertThat(candidate.contactEmail()).isEqualTo("kontakt@example.org");
                        assertThat(candidate.organisationNumber()).isEqualTo("802412-3456");
                    });
            assertThat(organisations.verify(id).verified()).isTrue();
            assertThat(organisations.awaitingVerification()).extracting(c -> c.organisation().id()).doesNotContain(id);
        }, Roles.COORDINATOR);
    }

    @Test
    void anAssociationsAdministratorInvitesAVolunteerWhoJoinsOnlyBySayingYes() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("admin-" + unique + "@motesplats.test", "Fatima", SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
        AtomicReference<OrganisationSummary> association = new AtomicReference<>();
        as(founder, () -> association.set(organisations.register(new Registration("Läxhjälpen " + unique, OrganisationKind.OTHER,
                HELSINGBORG, "info@example.org", null))), Roles.PARTICIPANT);
        long id = association.get().id();
        String volunteerEmail = "volunteer-" + unique + "@motesplats.test";

        as(founder, () -> organisations.invite(id, volunteerEmail, "Gustav", OrganisationRole.LEADER), Roles.ORGANISATION_MEMBER);

        String token = invitationTokenSentTo(volunteerEmail, "Läxhjälpen " + unique);
        long gustav = accounts.ensureAccount(volunteerEmail, "Gustav", SupportedLanguage.SWEDISH, List.of());
        as(founder, () -> {
            assertThat(organisations.members(id)).extracting(Member::firstName).containsExactly("Fatima");
            assertThat(organisations.pendingInvitations(id)).extracting(PendingInvitation::firstName, PendingInvitation::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Gustav", OrganisationRole.LEADER));
            assertThat(organisations.invitation(token)).get().extracting(InvitationToAnswer::forCaller).isEqualTo(false);
            assertThatThrownBy(() -> organisations.acceptInvitation(token)).isInstanceOf(RuleViolation.class)
                    .hasMessage("organisation.invitation.someone-else");
        }, Roles.ORGANISATION_MEMBER);
        SystemActor.runAsAdministrator(() -> assertThat(accounts.listAccounts())
                .filteredOn(account -> account.contact().equals(volunteerEmail)).singleElement()
                .satisfies(account -> assertThat(account.roles()).as("no roles before the yes").isEmpty()));

        as(gustav, () -> {
            assertThat(organisations.invitation(token)).get().satisfies(invitation -> {
                assertThat(invitation.organisationName()).isEqualTo("Läxhjälpen " + unique);
                assertThat(invitation.invitedBy()).isEqualTo("Fatima");
                assertThat(invitation.forCaller()).isTrue();
                assertThat(invitation.expired()).isFalse();
            });
            assertThat(organisations.acceptInvitation(token)).isEqualTo(id);
        });
        as(founder, () -> {
            assertThat(organisations.members(id)).extracting(Member::firstName, Member::role)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Fatima", OrganisationRole.ADMINISTRATOR),
                            org.assertj.core.groups.Tuple.tuple("Gustav", OrganisationRole.LEADER));
            assertThat(organisations.pendingInvitations(id)).isEmpty();
        }, Roles.ORGANISATION_MEMBER);
        SystemActor.runAsAdministrator(() -> assertThat(accounts.listAccounts())
                .filteredOn(account -> account.contact().equals(volunteerEmail)).singleElement()
                .satisfies(account -> assertThat(account.roles()).contains(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER)));
        assertThat(organisations.invitation(token)).as("a link works once").isEmpty();
        as(gustav, () -> assertThatThrownBy(() -> organisations.invite(id, "x-" + unique + "@motesplats.test", "X",
                OrganisationRole.ADMINISTRATOR)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class),
                Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER);
        as(founder, () -> assertThatThrownBy(() -> organisations.invite(id, volunteerEmail, "Gustav", OrganisationRole.LEADER))
                .isInstanceOf(RuleViolation.class).hasMessage("organisation.error.already-member"), Roles.ORGANISATION_MEMBER);
    }

    @Test
    void anInvitationCanBeDeclinedOrRunOutAndANewLinkReplacesTheOld() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("admin2-" + unique + "@motesplats.test", "Fatima", SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
        AtomicReference<OrganisationSummary> association = new AtomicReference<>();
        as(founder, () -> association.set(organisations.register(new Registration("Kören " + unique, OrganisationKind.OTHER,
                HELSINGBORG, "kor@example.org", null))), Roles.PARTICIPANT);
        long id = association.get().id();
        String email = "singer-" + unique + "@motesplats.test";
        as(founder, () -> organisations.invite(id, email, "Sanna", OrganisationRole.LEADER), Roles.ORGANISATION_MEMBER);
        String first = invitationTokenSentTo(email, "Kören " + unique);
        as(founder, () -> organisations.invite(id, email, "Sanna", OrganisationRole.LEADER), Roles.ORGANISATION_MEMBER);
        String second = invitationTokenSentTo(email, "Kören " + unique);
        long sanna = accounts.ensureAccount(email, "Sanna", SupportedLanguage.SWEDISH, List.of());

        assertThat(second).isNotEqualTo(first);
        assertThat(organisations.invitation(first)).as("the new link replaces the old").isEmpty();
        as(sanna, () -> organisations.declineInvitation(second));
        assertThat(organisations.invitation(second)).isEmpty();
        as(founder, () -> assertThat(organisations.members(id)).extracting(Member::firstName).containsExactly("Fatima"),
                Roles.ORGANISATION_MEMBER);

        as(founder, () -> organisations.invite(id, email, "Sanna", OrganisationRole.LEADER), Roles.ORGANISATION_MEMBER);
        String third = invitationTokenSentTo(email, "Kören " + unique);
        clock.advance(Duration.ofDays(15));
        as(sanna, () -> {
            assertThat(organisations.invitation(third)).get().extracting(InvitationToAnswer::expired).isEqualTo(true);
            assertThatThrownBy(() -> organisations.acceptInvitation(third)).isInstanceOf(RuleViolation.class)
                    .hasMessage("organisation.invitation.expired");
        });
        assertThat(organisations.invitation("not-a-token")).isEmpty();
    }

    /** The link in the newest e-mail to the address, checked to name the association; its token. */
    private String invitationTokenSentTo(String email, String organisationName) {
        assertThat(outbox.latestTo(email).getFirst().text()).contains(organisationName);
        return InvitationLinks.tokenSentTo(outbox, email);
    }

    @Test
    void aContactAddressThatIsNotAPlainAddressIsRefusedWithTheSentenceAndNothingIsStored() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("founder-mail-" + unique + "@motesplats.test", "Lejla", SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
        List<String> hostile = List.of("info?bcc=victim@evil.example", "info@example.org?bcc=victim@evil.example",
                "info@example.org\r\nBcc: victim@evil.example", "\"><img src=x>@x.se", "\u202Eofni@example.org", "info@example");
        as(founder, () -> {
            for (String contact : hostile) {
                assertThatThrownBy(() -> organisations.register(new Registration("Postföreningen " + unique, OrganisationKind.OTHER,
                        VASTERAS, contact, null))).as(contact).isInstanceOf(RuleViolation.class)
                        .hasMessage("security.sign-in.email-invalid");
            }
            assertThat(organisations.list()).extracting(OrganisationSummary::name).doesNotContain("Postföreningen " + unique);
            assertThat(organisations.membershipsOf(founder)).isEmpty();

            OrganisationSummary registered = organisations.register(new Registration("Postföreningen " + unique, OrganisationKind.OTHER,
                    VASTERAS, "  Kontakt.Post@Förening.se ", null));
            assertThat(registered.name()).isEqualTo("Postföreningen " + unique);
        }, Roles.PARTICIPANT);
        long coordinator = accounts.ensureAccount("verifier-mail-" + unique + "@motesplats.test", "Ulla", SupportedLanguage.SWEDISH,
                List.of(Roles.COORDINATOR));
        SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(VASTERAS)));
        as(coordinator, () -> assertThat(organisations.awaitingVerification())
                .filteredOn(candidate -> candidate.organisation().name().equals("Postföreningen " + unique)).singleElement()
                .extracting(OrganisationToVerify::contactEmail).isEqualTo("Kontakt.Post@Förening.se"), Roles.COORDINATOR);
    }

    @Test
    void anInvitationNeedsAPlainAddressToo() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("founder-member-" + unique + "@motesplats.test", "Tove", SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
        long id = callAs(founder, () -> organisations.register(new Registration("Medlemsföreningen " + unique, OrganisationKind.OTHER,
                UPPSALA, "kontakt-" + unique + "@motesplats.test", null)), Roles.PARTICIPANT).id();
        as(founder, () -> {
            assertThatThrownBy(() -> organisations.invite(id, "gustav-" + unique + "@motesplats.test?bcc=x@y.se", "Gustav",
                    OrganisationRole.LEADER)).isInstanceOf(RuleViolation.class).hasMessage("security.sign-in.email-invalid");
            assertThat(organisations.members(id)).extracting(Member::firstName).containsExactly("Tove");
        }, Roles.ORGANISATION_MEMBER);
    }
}
