/**
 * What every module may use and that holds no business rules: the clock, ids, errors and the
 * pieces of the app layout.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package se.motesplats.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
