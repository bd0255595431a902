/** Funding schemes, eligibility and claims; built by the coordinators' views issue. */
@ApplicationModule(displayName = "Funding")
@NullMarked
package se.motesplats.funding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
