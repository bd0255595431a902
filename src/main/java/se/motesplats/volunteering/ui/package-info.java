/** The volunteering views: signing up as a volunteer, asking for one, one's matches, and coordinators' matching and vetting. */
@NullMarked
package se.motesplats.volunteering.ui;

import org.jspecify.annotations.NullMarked;
