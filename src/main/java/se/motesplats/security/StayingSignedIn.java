package se.motesplats.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.stereotype.Component;
import se.motesplats.shared.DeviceLabel;

/**
 * "Stay signed in on this phone": a newcomer should not need a new code every time the phone wakes
 * up. Spring Security's persistent remember-me scheme with the tokens in the database; the person
 * sees their devices and can sign any of them out.
 */
@Component
public class StayingSignedIn extends PersistentTokenBasedRememberMeServices {

    static final Duration VALIDITY = Duration.ofDays(60);
    static final Duration JUST_ROTATED = Duration.ofSeconds(30);

    private final AccountRepository accounts;
    private final RememberedDevices devices;
    private final Clock clock;
    private final SecondFactor secondFactor;

    StayingSignedIn(AccountRepository accounts, RememberedDevices devices, Clock clock, SecondFactor secondFactor) {
        // the key only ties the remember-me authentication to this node's provider; tokens are checked in the database
        super(UUID.randomUUID().toString(), username -> userDetails(accounts, username), devices);
        this.accounts = accounts;
        this.devices = devices;
        this.clock = clock;
        this.secondFactor = secondFactor;
        setTokenValiditySeconds((int) VALIDITY.toSeconds());
        setCookieName("motesplats-remember");
    }

    /** Remembers this browser for the person who just signed in, if they asked to stay signed in. */
    public void remember(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        onLoginSuccess(request, response, authentication);
    }

    @Override
    protected Authentication createSuccessfulAuthentication(HttpServletRequest request, UserDetails user) {
        // a sign-in like one with a code: it keeps the account from being erased as unused
        accounts.signedInAt(Long.parseLong(user.getUsername()), clock.instant());
        // a remembered device is no second factor: staff roles wait for one (SecondFactor)
        SignedInPerson person = secondFactor.limitedUntilConfirmed(accounts.findById(Long.parseLong(user.getUsername())).orElseThrow().asSignedIn());
        List<SimpleGrantedAuthority> authorities = person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new RememberMeAuthenticationToken(getKey(), person, authorities);
    }

    /**
     * A browser often sends several requests at once with the same cookie (a page and its scripts,
     * or every request after its node died and the session with it): the first rotates the token,
     * and Spring would take the others for a stolen cookie and sign the person out on every device.
     * Within {@link #JUST_ROTATED} of a rotation, a device's earlier token still signs in, without
     * rotating again; later, a wrong token is theft as before. The series is as secret as the token.
     */
    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        PersistentRememberMeToken stored = cookieTokens.length == 2 ? devices.getTokenForSeries(cookieTokens[0]) : null;
        // RememberedDevices stamps each rotation with the injected clock
        if (stored != null && !stored.getTokenValue().equals(cookieTokens[1])
                && stored.getDate().toInstant().isAfter(clock.instant().minus(JUST_ROTATED))) {
            return getUserDetailsService().loadUserByUsername(stored.getUsername());
        }
        return super.processAutoLoginCookie(cookieTokens, request, response);
    }

    @Override
    protected void setCookie(String[] tokens, int maxAge, HttpServletRequest request, HttpServletResponse response) {
        super.setCookie(tokens, maxAge, request, response);
        if (tokens.length > 0 && maxAge > 0) {
            devices.describe(tokens[0], DeviceLabel.of(request.getHeader("User-Agent")));
            request.setAttribute(SessionRegister.REMEMBERED_SERIES, tokens[0]);
        }
    }

    /** The caller's remembered devices, most recently used first. */
    public List<RememberedDevice> myDevices() {
        return devices.of(CurrentPerson.required().accountId());
    }

    /** Signs one of the caller's devices out: it will ask for a code next time. */
    public void forget(String deviceId) {
        devices.forget(CurrentPerson.required().accountId(), deviceId);
    }

    @Scheduled(cron = "0 41 3 * * *")
    void forgetExpired() {
        devices.forgetUnusedSince(clock.instant().minus(VALIDITY));
    }

    /** The account as Spring Security's user: its id as the name, its roles as authorities, no password. */
    static UserDetails userDetails(AccountRepository accounts, String username) {
        Account account = accounts.findById(Long.parseLong(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(username).password("").authorities(
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()).build();
    }
}
