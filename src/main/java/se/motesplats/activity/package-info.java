/** Activities, their occurrences and the approval workflow; built by the activities issue. */
@ApplicationModule(displayName = "Activities")
@NullMarked
package se.motesplats.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
