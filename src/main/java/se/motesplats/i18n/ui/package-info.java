/** Language picker used by the app layout. */
@NamedInterface("ui")
@NullMarked
package se.motesplats.i18n.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
