/**
 * Sweden's 21 counties and 290 municipalities (SCB codes) as reference data, named groups of
 * municipalities (knutpunkter), and the areas a coordinator or case officer is scoped to.
 * Public API: {@link se.motesplats.area.AreaService} and its records.
 */
@ApplicationModule(displayName = "Areas")
@NullMarked
package se.motesplats.area;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
