package se.motesplats.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class OrganisationMember {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationRole role;

    protected OrganisationMember() {
        this.role = OrganisationRole.LEADER;
    }

    OrganisationMember(long accountId, OrganisationRole role) {
        this.accountId = accountId;
        this.role = role;
    }

    long accountId() {
        return accountId;
    }

    OrganisationRole role() {
        return role;
    }
}
