/** The privacy notice. */
@NullMarked
package se.motesplats.privacy.ui;

import org.jspecify.annotations.NullMarked;
