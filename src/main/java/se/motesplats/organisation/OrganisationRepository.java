package se.motesplats.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNameAndMunicipalityCode(String name, String municipalityCode);

    List<Organisation> findAllByOrderByNameAsc();
}
