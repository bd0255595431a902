/** Check-ins at occurrences (QR, code, roll call, walk-in), also offline; built by the check-in issue. */
@ApplicationModule(displayName = "Attendance")
@NullMarked
package se.motesplats.attendance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
