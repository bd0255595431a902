/** Newcomers' listing and detail page, the organisers' editor and list, the coordinators' approval queue. */
@NullMarked
package se.motesplats.activity.ui;

import org.jspecify.annotations.NullMarked;
