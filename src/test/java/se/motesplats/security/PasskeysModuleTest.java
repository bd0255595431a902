package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataPart;
import se.motesplats.privacy.PersonalDataService;
import se.motesplats.testing.AuthenticatorApp;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * Spring Security's passkey repositories on MariaDB (V35), as the WebAuthn endpoints use them, and what
 * the portal adds: the person's list, removal of their own only, the audit log, who may add one, export
 * and erasure. The ceremonies themselves run in {@code PasskeyBrowserTest}.
 */
class PasskeysModuleTest extends ModuleTestBase {

    @Autowired Passkeys passkeys;
    @Autowired PublicKeyCredentialUserEntityRepository users;
    @Autowired UserCredentialRepository credentials;
    @Autowired AccountService accounts;
    @Autowired SecondFactor secondFactor;
    @Autowired AuditLog audit;
    @Autowired PersonalDataService personalData;
    @Autowired TestClock clock;

    private long person(String name, String... roles) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.ARABIC,
                List.of(roles));
    }

    /** What Spring's registration endpoint saves after the browser made a passkey; the id as long as WebAuthn allows. */
    private CredentialRecord registered(long accountId, String label, int idLength) {
        as(accountId, passkeys::prepareToAdd, Roles.PARTICIPANT);
        byte[] id = new byte[idLength];
        new java.security.SecureRandom().nextBytes(id);
        CredentialRecord record = ImmutableCredentialRecord.builder().credentialId(new Bytes(id))
                .userEntityUserId(users.findByUsername(Long.toString(accountId)).getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {(byte) 0xa5, 1, 2, 3, 38}))
                .signatureCount(0).uvInitialized(true).backupEligible(true).backupState(false)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY).transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .attestationObject(new Bytes(new byte[300])).attestationClientDataJSON(new Bytes("{}".getBytes()))
                .created(clock.instant()).lastUsed(clock.instant()).label(label).build();
        as(accountId, () -> credentials.save(record), Roles.PARTICIPANT);
        return record;
    }

    @Test
    void aPasskeyIsStoredListedUsedAndRemovedByItsOwnerOnly() {
        long amanuel = person("Amanuel", Roles.PARTICIPANT);
        long hiwet = person("Hiwet", Roles.PARTICIPANT);
        CredentialRecord phone = registered(amanuel, "ስልከይ · Android", 1023);

        assertThat(users.findByUsername(Long.toString(amanuel)).getDisplayName()).as("the phone shows the first name").isEqualTo("Test");
        CredentialRecord stored = credentials.findByCredentialId(phone.getCredentialId());
        assertThat(stored).isNotNull();
        assertThat(stored.getCredentialId()).isEqualTo(phone.getCredentialId());
        assertThat(stored.getPublicKey().getBytes()).isEqualTo(phone.getPublicKey().getBytes());
        assertThat(stored.getTransports()).containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID);
        assertThat(stored.isUvInitialized()).isTrue();
        assertThat(stored.getCreated()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(credentials.findByUserId(phone.getUserEntityUserId())).hasSize(1);

        // a sign-in saves the counter again: no new passkey in the audit log
        clock.advance(Duration.ofMinutes(5));
        credentials.save(ImmutableCredentialRecord.fromCredentialRecord(stored).signatureCount(1).lastUsed(clock.instant()).build());
        assertThat(credentials.findByCredentialId(phone.getCredentialId()).getSignatureCount()).isEqualTo(1);
        assertThat(callAs(amanuel, passkeys::mine, Roles.PARTICIPANT)).singleElement().satisfies(passkey -> {
            assertThat(passkey.label()).isEqualTo("ስልከይ · Android");
            assertThat(passkey.lastUsed()).isEqualTo(clock.instant());
        });
        assertThat(auditOf(amanuel)).containsExactly("passkey.added");

        as(hiwet, () -> passkeys.remove(phone.getCredentialId().toBase64UrlString()), Roles.PARTICIPANT);
        assertThat(passkeys.has(amanuel)).as("someone else's passkey is not touched").isTrue();
        assertThat(callAs(hiwet, passkeys::mine, Roles.PARTICIPANT)).isEmpty();

        as(amanuel, () -> passkeys.remove(phone.getCredentialId().toBase64UrlString()), Roles.PARTICIPANT);
        assertThat(passkeys.has(amanuel)).isFalse();
        assertThat(auditOf(amanuel)).containsExactly("passkey.removed", "passkey.added");
    }

    @Test
    void anUnconfirmedStaffSessionMaySetUpAFirstFactorButNeverAddOneBesideAnother() {
        long participant = person("Saba", Roles.PARTICIPANT);
        long newcomerStaff = person("Meron", Roles.PARTICIPANT, Roles.CASE_OFFICER);
        long staffWithApp = person("Yonas", Roles.PARTICIPANT, Roles.COORDINATOR);
        long staffWithPasskey = person("Luwam", Roles.PARTICIPANT, Roles.ADMINISTRATOR);

        assertThat(callAs(participant, passkeys::mayAdd, Roles.PARTICIPANT)).isTrue();
        assertThat(callAs(newcomerStaff, passkeys::mayAdd, Roles.PARTICIPANT)).as("no factor yet: a passkey may be the first").isTrue();

        SecondFactor.Enrolment app = callAs(staffWithApp, secondFactor::newEnrolment, Roles.PARTICIPANT);
        callAs(staffWithApp, () -> secondFactor.enrol(app.secret(), AuthenticatorApp.code(app.secret(), clock.instant())), Roles.PARTICIPANT);
        assertThat(callAs(staffWithApp, passkeys::mayAdd, Roles.PARTICIPANT)).as("a code from the e-mail alone cannot add a factor").isFalse();
        assertThat(callAs(staffWithApp, passkeys::mayAdd, Roles.PARTICIPANT, Roles.COORDINATOR)).as("once confirmed").isTrue();

        registered(staffWithPasskey, "YubiKey", 16);
        assertThat(callAs(staffWithPasskey, passkeys::mayAdd, Roles.PARTICIPANT)).isFalse();
        assertThat(callAs(staffWithPasskey, passkeys::mayAdd, Roles.PARTICIPANT, Roles.ADMINISTRATOR)).isTrue();

        // recovery of a lost phone: an administrator's reset removes the passkey it may hold
        as(staffWithApp, () -> secondFactor.reset(staffWithPasskey), Roles.PARTICIPANT, Roles.ADMINISTRATOR);
        assertThat(passkeys.has(staffWithPasskey)).isFalse();
        assertThat(callAs(staffWithPasskey, passkeys::mayAdd, Roles.PARTICIPANT)).isTrue();
    }

    @Test
    void passkeysAreInTheDownloadAndGoWithTheAccount() {
        long selam = person("Selam", Roles.PARTICIPANT);
        CredentialRecord phone = registered(selam, "ስልከይ", 32);
        registered(selam, "Laptop", 64);

        List<PersonalDataPart> mine = callAs(selam, () -> personalData.mine(SupportedLanguage.TIGRINYA), Roles.PARTICIPANT);
        assertThat(mine).filteredOn(part -> part.name().equals("passkeys")).singleElement()
                .satisfies(part -> assertThat(part.records()).extracting(record -> record.get("passkey-name"))
                        .containsExactlyInAnyOrder("ስልከይ", "Laptop"));

        Bytes handle = phone.getUserEntityUserId();
        as(selam, personalData::eraseMe, Roles.PARTICIPANT);
        assertThat(credentials.findByUserId(handle)).isEmpty();
        assertThat(users.findById(handle)).isNull();
        assertThat(credentials.findByCredentialId(phone.getCredentialId())).isNull();
    }

    private List<String> auditOf(long accountId) {
        return callAs(accountId, () -> audit.search(new AuditLog.AuditSearch(accountId, null, "passkey.", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(1)))), Roles.ADMINISTRATOR).stream().map(AuditLog.AuditEntry::action).toList();
    }
}
