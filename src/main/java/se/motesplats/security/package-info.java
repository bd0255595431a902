/**
 * Accounts, roles and sign-in. The first sign-in method is a one-time code by e-mail; codes live in
 * the database so that any app node can check them. Public API: {@link se.motesplats.security.Roles},
 * {@link se.motesplats.security.SignInService}, {@link se.motesplats.security.AccountService}.
 */
@ApplicationModule(displayName = "Security")
@NullMarked
package se.motesplats.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
