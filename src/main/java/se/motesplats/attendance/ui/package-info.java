/** The check-in screens: the leader's code screen, "Today", the roll call's host page and the participant's check-in. */
@NullMarked
package se.motesplats.attendance.ui;

import org.jspecify.annotations.NullMarked;
