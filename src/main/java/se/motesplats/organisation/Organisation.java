package se.motesplats.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

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

    protected Organisation() {
        this("", OrganisationKind.OTHER, "", Instant.EPOCH);
    }

    Organisation(String name, OrganisationKind kind, String municipalityCode, Instant createdAt) {
        this.name = name.strip();
        this.kind = kind;
        this.municipalityCode = municipalityCode;
        this.createdAt = createdAt;
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id == null ? 0 : id, name, kind, municipalityCode);
    }
}
