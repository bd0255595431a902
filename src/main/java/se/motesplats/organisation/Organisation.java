package se.motesplats.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.motesplats.shared.Names;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "organisation_number")
    private @Nullable String organisationNumber;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @Column(name = "verified_by")
    private @Nullable Long verifiedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_member", joinColumns = @JoinColumn(name = "organisation_id"))
    private List<OrganisationMember> members = new ArrayList<>();

    protected Organisation() {
        this("", OrganisationKind.OTHER, "", Instant.EPOCH);
    }

    Organisation(String name, OrganisationKind kind, String municipalityCode, Instant createdAt) {
        this.name = Names.clean(name);
        this.kind = kind;
        this.municipalityCode = municipalityCode;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    boolean isVerified() {
        return verifiedAt != null;
    }

    /** A coordinator has checked that the organisation exists; only then can its activities be published. */
    void verify(long coordinatorId, Instant when) {
        if (verifiedAt == null) {
            verifiedAt = when;
            verifiedBy = coordinatorId;
        }
    }

    void contact(@Nullable String email, @Nullable String number) {
        this.contactEmail = email;
        this.organisationNumber = number;
    }

    void addMember(long accountId, OrganisationRole role) {
        members.removeIf(member -> member.accountId() == accountId);
        members.add(new OrganisationMember(accountId, role));
    }

    List<Long> memberIds() {
        return members.stream().map(OrganisationMember::accountId).toList();
    }

    Optional<OrganisationRole> roleOf(long accountId) {
        return members.stream().filter(member -> member.accountId() == accountId).map(OrganisationMember::role).findFirst();
    }

    OrganisationToVerify toVerify() {
        return new OrganisationToVerify(summary(), contactEmail, organisationNumber);
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id == null ? 0 : id, name, kind, municipalityCode, isVerified());
    }
}
