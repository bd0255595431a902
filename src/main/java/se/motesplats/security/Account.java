package se.motesplats.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.motesplats.notification.MessageChannel;
import se.motesplats.shared.Names;
import se.motesplats.shared.RuleViolation;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    // Contact details only as a lookup hash and AES-GCM ciphertext (ContactCipher): a copy of the
    // database alone does not reveal who the people are. Either may be missing, never both: people
    // without e-mail join with a mobile number.
    @Column(name = "email_hash", unique = true)
    private @Nullable String emailHash;

    @Column(name = "email_encrypted")
    private @Nullable String emailEncrypted;

    @Column(name = "phone_hash", unique = true)
    private @Nullable String phoneHash;

    @Column(name = "phone_encrypted")
    private @Nullable String phoneEncrypted;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    /** When the person was told that the unused account will be erased; emptied when they sign in. */
    @Column(name = "erasure_warned_at")
    private @Nullable Instant erasureWarnedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "notify_by", nullable = false)
    private MessageChannel notifyBy = MessageChannel.EMAIL;

    @Column(name = "sms_stopped", nullable = false)
    private boolean smsStopped;

    @Column(name = "email_stopped", nullable = false)
    private boolean emailStopped;

    /** A person with protected identity (skyddad identitet) is shown to others only under their alias. */
    @Column(name = "protected_identity", nullable = false)
    private boolean protectedIdentity;

    private @Nullable String alias;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
        this.firstName = "";
        this.preferredLanguage = "";
        this.createdAt = Instant.EPOCH;
    }

    Account(ContactCipher.@Nullable SealedContact email, ContactCipher.@Nullable SealedContact phone, String firstName,
            String preferredLanguage, Instant createdAt) {
        if (email == null && phone == null) {
            throw new IllegalArgumentException("An account needs an e-mail address or a phone number");
        }
        this.emailHash = email == null ? null : email.hash();
        this.emailEncrypted = email == null ? null : email.encrypted();
        changePhone(phone);
        if (email == null) {
            // a person who joined with a number only is reached by SMS, and their profile says so
            this.notifyBy = MessageChannel.SMS;
        }
        this.firstName = Names.clean(firstName);
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    /** The e-mail address, if the person gave one. */
    Optional<String> email(ContactCipher cipher) {
        return Optional.ofNullable(emailEncrypted).map(cipher::decrypt);
    }

    /** The phone number in E.164, if the person gave one. */
    Optional<String> phone(ContactCipher cipher) {
        return Optional.ofNullable(phoneEncrypted).map(cipher::decrypt);
    }

    /** Removing the number is refused when it is the only way to reach the person and send them a code. */
    void changePhone(ContactCipher.@Nullable SealedContact phone) {
        if (phone == null && emailEncrypted == null && phoneEncrypted != null) {
            throw new RuleViolation("people.profile.phone-signs-in");
        }
        this.phoneHash = phone == null ? null : phone.hash();
        this.phoneEncrypted = phone == null ? null : phone.encrypted();
    }

    /**
     * The person lost both their address and their number: the one new contact replaces both (the old
     * ones may be in someone else's hands by now), and notices go where it reaches.
     */
    void recoverWith(ContactCipher.@Nullable SealedContact email, ContactCipher.@Nullable SealedContact phone) {
        if ((email == null) == (phone == null)) {
            throw new IllegalArgumentException("Recovery gives one new contact");
        }
        this.emailHash = email == null ? null : email.hash();
        this.emailEncrypted = email == null ? null : email.encrypted();
        this.phoneHash = phone == null ? null : phone.hash();
        this.phoneEncrypted = phone == null ? null : phone.encrypted();
        notifyBy(phone == null ? MessageChannel.EMAIL : MessageChannel.SMS);
    }

    String firstName() {
        return firstName;
    }

    Instant createdAt() {
        return createdAt;
    }

    Optional<Instant> lastSignInAt() {
        return Optional.ofNullable(lastSignInAt);
    }

    Optional<String> alias() {
        return Optional.ofNullable(alias);
    }

    /** The name others see: the alias for a person with protected identity. */
    String shownName() {
        return protectedIdentity && alias != null ? alias : firstName;
    }

    void rename(String newFirstName) {
        this.firstName = Names.clean(newFirstName);
    }

    void protectIdentity(String newAlias) {
        this.protectedIdentity = true;
        this.alias = Names.clean(newAlias);
    }

    void liftProtection() {
        this.protectedIdentity = false;
        this.alias = null;
    }

    boolean protectedIdentity() {
        return protectedIdentity;
    }

    /** How the person hears from the portal; e-mail instead of SMS once they sent STOP or removed their phone number. */
    MessageChannel notifyBy() {
        return notifyBy == MessageChannel.SMS && (smsStopped || phoneEncrypted == null) ? MessageChannel.EMAIL : notifyBy;
    }

    void notifyBy(MessageChannel channel) {
        this.notifyBy = channel;
        if (channel == MessageChannel.SMS) {
            this.smsStopped = false;
        } else if (channel == MessageChannel.EMAIL) {
            this.emailStopped = false;
        }
    }

    boolean smsStopped() {
        return smsStopped;
    }

    /** The person followed the unsubscribe link of a notice: no more notices by e-mail. */
    void stopEmail() {
        this.emailStopped = true;
    }

    boolean emailStopped() {
        return emailStopped;
    }

    /** The person answered STOP to a text message: no more SMS until they choose SMS again. */
    void stopSms() {
        this.smsStopped = true;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    Set<String> roles() {
        return Set.copyOf(roles);
    }

    void grant(String role) {
        requireKnown(role);
        roles.add(role);
    }

    void revoke(String role) {
        roles.remove(role);
    }

    void prefer(String languageTag) {
        this.preferredLanguage = languageTag;
    }

    void signedInAt(Instant when) {
        this.lastSignInAt = when;
        this.erasureWarnedAt = null;
    }

    void warnedOfErasure(Instant when) {
        this.erasureWarnedAt = when;
    }

    private static void requireKnown(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
    }

    AccountSummary summary(ContactCipher cipher) {
        return new AccountSummary(id(), firstName, email(cipher).or(() -> phone(cipher)).orElseThrow(), preferredLanguage, roles());
    }

    SignedInPerson asSignedIn() {
        return new SignedInPerson(id(), shownName(), roles());
    }
}
