package se.motesplats.organisation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.security.Roles;

/** Organisations. Registration by associations themselves, with verification, comes with the activities issue. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Adds an organisation, or returns the one with that name in that municipality. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COORDINATOR})
    @Transactional
    public OrganisationSummary add(String name, OrganisationKind kind, String municipalityCode) {
        return organisations.findByNameAndMunicipalityCode(name.strip(), municipalityCode)
                .orElseGet(() -> organisations.save(new Organisation(name, kind, municipalityCode, clock.instant())))
                .summary();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> list() {
        return organisations.findAllByOrderByNameAsc().stream().map(Organisation::summary).toList();
    }
}
