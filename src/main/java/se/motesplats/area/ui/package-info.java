/** Administration of coordinators' area scopes. */
@NullMarked
package se.motesplats.area.ui;

import org.jspecify.annotations.NullMarked;
