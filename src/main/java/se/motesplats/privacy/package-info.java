/**
 * Consent, retention, data export and erasure across modules ({@link se.motesplats.privacy.PersonalDataHolder}).
 * The audit log sits in security, below every module that writes to it.
 */
@ApplicationModule(displayName = "Privacy")
@NullMarked
package se.motesplats.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
