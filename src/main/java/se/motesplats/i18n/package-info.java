/**
 * Languages of the portal: the supported languages and their writing direction, the ICU4J-based
 * translation provider reading {@code translations/}, and how a visitor's language is chosen and
 * remembered.
 */
@ApplicationModule(displayName = "Languages")
@NullMarked
package se.motesplats.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
