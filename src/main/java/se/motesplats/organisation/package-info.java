/**
 * Associations and other organisers. The activities issue adds registration, verification and
 * members; the foundation holds what demo data needs. Public API:
 * {@link se.motesplats.organisation.OrganisationService} and its records.
 */
@ApplicationModule(displayName = "Organisations")
@NullMarked
package se.motesplats.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
