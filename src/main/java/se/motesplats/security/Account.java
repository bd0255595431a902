package se.motesplats.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
        this.email = "";
        this.firstName = "";
        this.preferredLanguage = "";
        this.createdAt = Instant.EPOCH;
    }

    Account(String email, String firstName, String preferredLanguage, Instant createdAt) {
        this.email = normalise(email);
        this.firstName = firstName.strip();
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String firstName() {
        return firstName;
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
    }

    private static void requireKnown(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
    }

    AccountSummary summary() {
        return new AccountSummary(id(), firstName, email, preferredLanguage, roles());
    }

    SignedInPerson asSignedIn() {
        return new SignedInPerson(id(), firstName, roles());
    }
}
