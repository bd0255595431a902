/** The development outbox page (demo run only). */
@NullMarked
package se.motesplats.notification.ui;

import org.jspecify.annotations.NullMarked;
