package se.motesplats.security.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.SentMessage;
import se.motesplats.organisation.Member;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.organisation.Registration;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.signup.Companion;
import se.motesplats.testing.InvitationLinks;
import se.motesplats.testing.ModuleTestBase;

/**
 * Names typed with Unicode direction controls (a first name "\u202Eabc" would turn the rest of a
 * sentence around) are stored without them, by every way a name comes in; and a name put into a
 * sentence of the other direction is isolated there.
 */
class DirectionControlsModuleTest extends ModuleTestBase {

    private static final String VASTERAS = "1980";
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @Autowired AccountService accounts;
    @Autowired OrganisationService organisations;
    @Autowired AreaService areas;
    @Autowired DevelopmentOutbox outbox;

    @Test
    void everyWayANameComesInStoresItWithoutDirectionControls() {
        String unique = UUID.randomUUID().toString().substring(0, 8);

        String founderEmail = "bidi-founder-" + unique + "@motesplats.test";
        accounts.join(founderEmail, " \u202Eabc\u200F ", SupportedLanguage.SWEDISH);
        long founder = accounts.ensureAccount(founderEmail, "-", SupportedLanguage.SWEDISH, List.of());
        assertThat(accounts.firstNames(List.of(founder))).containsEntry(founder, "abc");

        as(founder, () -> accounts.rename("\u2067فاطمة\u2069\u061C"), Roles.PARTICIPANT);
        assertThat(accounts.firstNames(List.of(founder))).containsEntry(founder, "فاطمة");

        OrganisationSummary association = callAs(founder, () -> organisations.register(new Registration(
                "\u202BFöreningen\u202C Väst " + unique + "\u202E", OrganisationKind.CULTURAL_ASSOCIATION, VASTERAS,
                "kontakt-" + unique + "@motesplats.test", null)), Roles.PARTICIPANT);
        assertThat(association.name()).isEqualTo("Föreningen Väst " + unique);
        assertThat(organisations.summary(association.id()).orElseThrow().name()).isEqualTo("Föreningen Väst " + unique);
        as(founder, () -> assertThatThrownBy(() -> organisations.register(new Registration("Föreningen \u2066Väst " + unique,
                OrganisationKind.OTHER, VASTERAS, "annan-" + unique + "@motesplats.test", null)))
                .as("the same name with a control in it is the same association").hasMessage("organisation.error.exists"),
                Roles.PARTICIPANT);

        String memberEmail = "bidi-member-" + unique + "@motesplats.test";
        as(founder, () -> organisations.invite(association.id(), memberEmail, "\u202DGustav\u202C", OrganisationRole.LEADER),
                Roles.ORGANISATION_MEMBER);
        long gustav = accounts.ensureAccount(memberEmail, "-", SupportedLanguage.SWEDISH, List.of());
        as(gustav, () -> organisations.acceptInvitation(InvitationLinks.tokenSentTo(outbox, memberEmail)));
        as(founder, () -> assertThat(organisations.members(association.id())).extracting(Member::firstName)
                .containsExactlyInAnyOrder("فاطمة", "Gustav"), Roles.ORGANISATION_MEMBER);

        long protectedPerson = accounts.ensureAccount("bidi-protected-" + unique + "@motesplats.test", "Samira",
                SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT));
        SystemActor.runAsAdministrator(() -> accounts.protectIdentity(protectedPerson, "\u202ENour"));
        assertThat(accounts.firstNames(List.of(protectedPerson))).containsEntry(protectedPerson, "Nour");

        long caseOfficer = accounts.ensureAccount("bidi-officer-" + unique + "@motesplats.test", "Omar", SupportedLanguage.SWEDISH,
                List.of(Roles.CASE_OFFICER));
        long referred = callAs(caseOfficer, () -> accounts.registerReferred("bidi-referred-" + unique + "@motesplats.test",
                "\u200EYonas\u2069", SupportedLanguage.TIGRINYA), Roles.CASE_OFFICER);
        assertThat(accounts.firstNames(List.of(referred))).containsEntry(referred, "Yonas");

        assertThat(new Companion("\u202EOmar\u202C", 7).firstName()).isEqualTo("Omar");
    }

    @Test
    void aNameOfDirectionControlsOnlyIsNoName() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> accounts.join("bidi-empty-" + unique + "@motesplats.test", "\u202E\u202C", SupportedLanguage.SWEDISH))
                .isInstanceOf(RuleViolation.class).hasMessage("people.join.first-name-missing");
        assertThatThrownBy(() -> new Companion("\u2066\u2069", 4)).isInstanceOf(RuleViolation.class)
                .hasMessage("signup.rule.companion-name");
        long founder = accounts.ensureAccount("bidi-empty-founder-" + unique + "@motesplats.test", "Lisa", SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
        as(founder, () -> assertThatThrownBy(() -> organisations.register(new Registration("\u202B\u202C", OrganisationKind.OTHER,
                VASTERAS, "tom-" + unique + "@motesplats.test", null))).hasMessage("organisation.error.incomplete"), Roles.PARTICIPANT);
    }

    @Test
    void aNameOfTheOtherDirectionIsIsolatedInTheSentencesOfAnEmail() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long founder = accounts.ensureAccount("bidi-mail-founder-" + unique + "@motesplats.test", "Karin", SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
        long association = callAs(founder, () -> organisations.register(new Registration("Läsföreningen " + unique,
                OrganisationKind.OTHER, VASTERAS, "las-" + unique + "@motesplats.test", null)), Roles.PARTICIPANT).id();
        String memberEmail = "bidi-mail-member-" + unique + "@motesplats.test";

        as(founder, () -> organisations.invite(association, memberEmail, "\u202Eليلى", OrganisationRole.LEADER),
                Roles.ORGANISATION_MEMBER);

        SentMessage mail = outbox.latestTo(memberEmail).getFirst();
        assertThat(mail.text()).as("the Swedish greeting keeps the Arabic name apart, without the override")
                .startsWith("Hej " + FSI + "ليلى" + PDI + "!").doesNotContain("\u202E")
                .contains(" Läsföreningen " + unique + " ").as("a Swedish name in a Swedish sentence stays as it is")
                .doesNotContain(FSI + "Läsföreningen");
    }
}
