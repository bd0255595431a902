/** The sign-up panel on an activity's page and the participant's own activities. */
@NullMarked
package se.motesplats.signup.ui;

import org.jspecify.annotations.NullMarked;
