package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * A remembered device survives the requests a browser sends at once with the same cookie (as after
 * its app node died: every request then signs in again on the other node), yet a token used long
 * after it was replaced still counts as a stolen cookie.
 */
class StayingSignedInModuleTest extends ModuleTestBase {

    @Autowired StayingSignedIn stayingSignedIn;
    @Autowired AccountService accounts;
    @Autowired TestClock clock;

    @Test
    void requestsSentTogetherWithTheSameCookieAllSignIn() {
        String first = remembered();
        MockHttpServletResponse rotated = new MockHttpServletResponse();
        assertThat(autoLogin(first, rotated)).as("the first request signs in and gets a new token").isNotNull();
        String second = Objects.requireNonNull(rotated.getCookie("motesplats-remember")).getValue();
        assertThat(second).isNotEqualTo(first);

        assertThat(autoLogin(first, new MockHttpServletResponse())).as("a request sent along with the first").isNotNull();
        assertThat(autoLogin(second, new MockHttpServletResponse())).as("the device is still remembered").isNotNull();
    }

    @Test
    void aReplacedTokenUsedLaterIsStillTheft() {
        String first = remembered();
        MockHttpServletResponse rotated = new MockHttpServletResponse();
        assertThat(autoLogin(first, rotated)).isNotNull();
        String second = Objects.requireNonNull(rotated.getCookie("motesplats-remember")).getValue();
        clock.advance(StayingSignedIn.JUST_ROTATED.plus(Duration.ofSeconds(5)));

        assertThatThrownBy(() -> autoLogin(first, new MockHttpServletResponse())).as("the old token, later: a stolen cookie")
                .isInstanceOf(CookieTheftException.class);
        assertThat(autoLogin(second, new MockHttpServletResponse())).as("every device of the person signed out").isNull();
    }

    private String remembered() {
        long id = accounts.ensureAccount("remembered-" + UUID.randomUUID() + "@motesplats.test", "Rahel", SupportedLanguage.TIGRINYA,
                List.of(Roles.PARTICIPANT));
        SignedInPerson person = new SignedInPerson(id, "Rahel", Set.of(Roles.PARTICIPANT));
        MockHttpServletResponse response = new MockHttpServletResponse();
        stayingSignedIn.remember(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PARTICIPANT))), new MockHttpServletRequest("POST", "/sign-in"), response);
        return Objects.requireNonNull(response.getCookie("motesplats-remember")).getValue();
    }

    private @Nullable Authentication autoLogin(String cookie, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("motesplats-remember", cookie));
        return stayingSignedIn.autoLogin(request, response);
    }
}
