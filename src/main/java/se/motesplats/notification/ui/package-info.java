/** The development outbox page (demo run only) and the setting that turns notifications on in a browser. */
@NullMarked
package se.motesplats.notification.ui;

import org.jspecify.annotations.NullMarked;
