/** Persons and their profiles (participant, volunteer); filled by the sign-up and volunteering issues. */
@ApplicationModule(displayName = "People")
@NullMarked
package se.motesplats.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
