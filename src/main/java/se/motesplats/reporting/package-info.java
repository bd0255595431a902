/** Coordinators' dashboards, unmet demand, exports and outcomes; built by the coordinators' views issue. */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package se.motesplats.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
