/** Sign-in and people's roles. */
@NullMarked
package se.motesplats.security.ui;

import org.jspecify.annotations.NullMarked;
