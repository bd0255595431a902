/** Programmes, volunteers, vetting and matches; built by the volunteering issue. */
@ApplicationModule(displayName = "Volunteering")
@NullMarked
package se.motesplats.volunteering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
