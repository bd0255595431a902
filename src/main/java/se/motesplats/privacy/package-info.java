/** Consent, audit log, retention, data export and erasure; built by the sign-up and trust issues. */
@ApplicationModule(displayName = "Privacy")
@NullMarked
package se.motesplats.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
