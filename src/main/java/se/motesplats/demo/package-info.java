/**
 * Demo data for the default run only (profile {@code demo}): people for every role, associations in
 * three municipalities of Skåne, dated relative to today. Never loaded in production.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package se.motesplats.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
