/** Joining the portal. */
@NullMarked
package se.motesplats.people.ui;

import org.jspecify.annotations.NullMarked;
