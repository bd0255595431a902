/** The app layout (header, bottom navigation on phones, side navigation on wide screens) and the start page. */
@NullMarked
package se.motesplats.shared.ui;

import org.jspecify.annotations.NullMarked;
