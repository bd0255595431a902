/** Sign-ups, waiting lists and referrals; built by the sign-up issue. */
@ApplicationModule(displayName = "Sign-up")
@NullMarked
package se.motesplats.signup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
