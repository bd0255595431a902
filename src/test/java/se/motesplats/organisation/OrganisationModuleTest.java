package se.motesplats.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import se.motesplats.testing.ModuleTestBase;

class OrganisationModuleTest extends ModuleTestBase {

    private static final String HELSINGBORG = "1283";
    private static final String VASTERAS = "1980";
    private static final String UPPSALA = "0380";

    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired se.motesplats.notification.DevelopmentOutbox outbox;

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
    void anAssociationsAdministratorAddsAVolunteerByEmail() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("admin-" + unique + "@motesplats.test", "Fatima", SupportedLanguage.ARABIC,
                List.of(Roles.PARTICIPANT));
        AtomicReference<OrganisationSummary> association = new AtomicReference<>();
        as(founder, () -> association.set(organisations.register(new Registration("Läxhjälpen " + unique, OrganisationKind.OTHER,
                HELSINGBORG, "info@example.org", null))), Roles.PARTICIPANT);
        long id = association.get().id();
        String volunteerEmail = "volunteer-" + unique + "@motesplats.test";

        as(founder, () -> organisations.addMemberByEmail(id, volunteerEmail, "Gustav", OrganisationRole.LEADER),
                Roles.ORGANISATION_MEMBER);
        assertThat(outbox.latest()).anySatisfy(message -> {
            assertThat(message.recipient()).isEqualTo(volunteerEmail);
            assertThat(message.text()).contains("Gustav").contains("Läxhjälpen " + unique).contains("/sign-in");
        });
        as(founder, () -> assertThat(organisations.members(id)).extracting(Member::firstName, Member::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Fatima", OrganisationRole.ADMINISTRATOR),
                        org.assertj.core.groups.Tuple.tuple("Gustav", OrganisationRole.LEADER)), Roles.ORGANISATION_MEMBER);
        SystemActor.runAsAdministrator(() -> assertThat(accounts.listAccounts())
                .filteredOn(account -> account.contact().equals(volunteerEmail)).singleElement()
                .satisfies(account -> assertThat(account.roles()).contains(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER)));

        long leader = accounts.ensureAccount(volunteerEmail, "Gustav", SupportedLanguage.SWEDISH, List.of());
        as(leader, () -> assertThatThrownBy(() -> organisations.addMemberByEmail(id, "x-" + unique + "@motesplats.test", "X",
                OrganisationRole.ADMINISTRATOR)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class),
                Roles.ORGANISATION_MEMBER);
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
    void aMemberAddedByEmailNeedsAPlainAddressToo() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("founder-member-" + unique + "@motesplats.test", "Tove", SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
        long id = callAs(founder, () -> organisations.register(new Registration("Medlemsföreningen " + unique, OrganisationKind.OTHER,
                UPPSALA, "kontakt-" + unique + "@motesplats.test", null)), Roles.PARTICIPANT).id();
        as(founder, () -> {
            assertThatThrownBy(() -> organisations.addMemberByEmail(id, "gustav-" + unique + "@motesplats.test?bcc=x@y.se", "Gustav",
                    OrganisationRole.LEADER)).isInstanceOf(RuleViolation.class).hasMessage("security.sign-in.email-invalid");
            assertThat(organisations.members(id)).extracting(Member::firstName).containsExactly("Tove");
        }, Roles.ORGANISATION_MEMBER);
    }
}
