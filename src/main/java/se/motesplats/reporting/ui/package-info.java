/** The coordinators' dashboard. */
@NullMarked
package se.motesplats.reporting.ui;

import org.jspecify.annotations.NullMarked;
