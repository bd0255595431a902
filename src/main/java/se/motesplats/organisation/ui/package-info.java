/** Associations register themselves; coordinators verify them. */
@NullMarked
package se.motesplats.organisation.ui;

import org.jspecify.annotations.NullMarked;
