package se.motesplats.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After Spring Security has checked a passkey at {@code /login/webauthn}: the account behind it starts a
 * session, under a new session id, like after a code. All its roles count at once, staff roles included:
 * the passkey was verified on the person's own device (their screen lock) and cannot be phished, so it
 * stands for the second factor. Answers as Spring's own handler does, for the browser's script.
 */
@Component
class PasskeySignIn implements AuthenticationSuccessHandler {

    private final AccountRepository accounts;
    private final Clock clock;

    PasskeySignIn(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication passkey)
            throws IOException {
        // the user entity's name is the account's id (Passkeys); an erased account has no passkeys left
        Account account = accounts.findById(Long.parseLong(passkey.getName())).orElseThrow();
        accounts.signedInAt(account.id(), clock.instant());
        request.changeSessionId();
        SessionAuthentication.store(account.asSignedIn(), request, response);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"/\"}");
    }
}
